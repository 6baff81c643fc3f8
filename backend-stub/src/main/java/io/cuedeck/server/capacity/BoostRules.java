package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.BoostDraft;
import io.cuedeck.protocol.capacity.BoostNow;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The rules of a valid boost; the first one broken is refused with 400 naming its field: start in
 * the past (on create, or when an edit moves it), end not after start or more than 7 days later,
 * none or both of the targets, a target above the maximum units, a lead time outside 0-720
 * minutes, a show that does not exist.
 */
final class BoostRules {

    static final int DEFAULT_LEAD_MINUTES = 60;
    static final int MAX_LEAD_MINUTES = 720;
    static final Duration LONGEST = Duration.ofDays(7);

    /** A draft that passed, with its defaults and its units. */
    record Valid(String showId, String title, Instant start, Instant end, Integer targetUnits, Long expectedViewers,
            int units, int leadMinutes) {
    }

    private final CapacityConfig config;
    private final Predicate<String> showExists;

    BoostRules(CapacityConfig config, Predicate<String> showExists) {
        this.config = config;
        this.showExists = showExists;
    }

    /** A new boost ({@code previousStart} null) or an edit of one that started at {@code previousStart}. */
    Valid draft(BoostDraft d, Instant now, Instant previousStart) {
        String title = Checks.text("title", d.title(), 1, 200);
        if (d.start() == null) {
            throw ApiException.validation("start", "start is required: when the audience arrives.");
        }
        if (d.end() == null) {
            throw ApiException.validation("end", "end is required: when the boost may end.");
        }
        boolean startMoved = previousStart == null || !previousStart.equals(d.start());
        if (startMoved && d.start().isBefore(now)) {
            throw ApiException.validation("start", "start is in the past; for capacity right now use Boost now.");
        }
        if (!d.end().isAfter(d.start())) {
            throw ApiException.validation("end", "end must be after start.");
        }
        if (Duration.between(d.start(), d.end()).compareTo(LONGEST) > 0) {
            throw ApiException.validation("end", "A boost lasts at most 7 days; raise the baseline for longer.");
        }
        int lead = d.leadMinutes() == null ? DEFAULT_LEAD_MINUTES : d.leadMinutes();
        if (lead < 0 || lead > MAX_LEAD_MINUTES) {
            throw ApiException.validation("leadMinutes", "leadMinutes must be from 0 to " + MAX_LEAD_MINUTES
                    + "; it is " + lead + ".");
        }
        String show = show(d.showId());
        int units = units(d.targetUnits(), d.expectedViewers());
        return new Valid(show, title, d.start(), d.end(), d.targetUnits(), d.expectedViewers(), units, lead);
    }

    /** A boost-now request: starts now, holds {@code holdMinutes}. */
    Valid now(BoostNow n, Instant now) {
        String reason = Checks.text("reason", n.reason(), 1, 200);
        int hold = n.holdMinutes() == null ? (int) config.pushHold().toMinutes() : n.holdMinutes();
        if (hold < 1 || hold > MAX_LEAD_MINUTES) {
            throw ApiException.validation("holdMinutes", "holdMinutes must be from 1 to " + MAX_LEAD_MINUTES
                    + "; it is " + hold + ".");
        }
        String show = show(n.showId());
        int units = units(n.targetUnits(), n.expectedViewers());
        return new Valid(show, reason, now, now.plus(Duration.ofMinutes(hold)), n.targetUnits(), n.expectedViewers(),
                units, 0);
    }

    private String show(String showId) {
        if (showId == null) {
            return null;
        }
        if (!Checks.plausibleId(showId) || !showExists.test(showId)) {
            throw ApiException.validation("showId", "There is no show '" + showId + "'.");
        }
        return showId;
    }

    private int units(Integer target, Long viewers) {
        if ((target == null) == (viewers == null)) {
            throw ApiException.validation("targetUnits", "Give either targetUnits or expectedViewers, not "
                    + (target == null ? "neither." : "both."));
        }
        if (target != null) {
            if (target < 1 || target > config.maxUnits()) {
                throw ApiException.validation("targetUnits", "targetUnits must be from 1 to the maximum of "
                        + config.maxUnits() + " units; it is " + target + ".");
            }
            return target;
        }
        if (viewers < 1) {
            throw ApiException.validation("expectedViewers", "expectedViewers must be at least 1.");
        }
        int units = config.unitsFor(viewers);
        if (units > config.maxUnits()) {
            throw ApiException.validation("expectedViewers", viewers + " viewers need " + units + " units, more than "
                    + "the maximum of " + config.maxUnits() + " (" + config.viewersPerUnit() + " viewers each).");
        }
        return units;
    }
}
