package io.cuedeck.console.capacity;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.protocol.capacity.CapacityState;
import io.cuedeck.protocol.console.EngineStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The preflight of the selected show, GO only when every line is: capacity for the next planned
 * moment (ready, or asked for and ready in time), the hot and cold engines, the age of the show's
 * last snapshot, the console's link, and the provider. Each line says why, in words. No Node.
 */
public final class Preflight {

    /** A snapshot older than this on a live show means the cold store is not taking its figures. */
    static final Duration SNAPSHOT_AGE = Duration.ofMinutes(11);

    /** One line: GO or NO-GO, and why. */
    public record Line(boolean go, String text) {
    }

    private final I18n i18n;
    private final CapacityWords words;

    public Preflight(I18n i18n, CapacityWords words) {
        this.i18n = i18n;
        this.words = words;
    }

    public List<Line> check(Show show, CapacityState state, List<Boost> boosts, EngineStatus engines, boolean linkLive,
            Instant now) {
        List<Line> lines = new ArrayList<>();
        lines.add(capacity(show, state, boosts, now));
        if (engines == null) {
            lines.add(new Line(false, i18n.get("capacity.preflight.engines.unknown")));
        } else {
            lines.add(new Line(engines.hotUp(), i18n.format(engines.hotUp() ? "capacity.preflight.hot.ok"
                    : "capacity.preflight.hot.down", engines.hot())));
            lines.add(new Line(engines.coldUp(), i18n.format(engines.coldUp() ? "capacity.preflight.cold.ok"
                    : "capacity.preflight.cold.down", engines.cold())));
        }
        lines.add(snapshot(show, state, now));
        lines.add(new Line(linkLive, i18n.get(linkLive ? "capacity.preflight.link.ok" : "capacity.preflight.link.down")));
        if (state == null || !state.reachable()) {
            String why = state == null || state.lastError() == null ? i18n.get("capacity.provider.unknown") : state.lastError();
            lines.add(new Line(false, i18n.format("capacity.preflight.provider.down", why)));
        } else {
            lines.add(new Line(true, i18n.format("capacity.preflight.provider.ok", words.provider(state))));
        }
        return lines;
    }

    public static boolean go(List<Line> lines) {
        return !lines.isEmpty() && lines.stream().allMatch(Line::go);
    }

    private Line capacity(Show show, CapacityState state, List<Boost> boosts, Instant now) {
        String showId = show == null ? null : show.id();
        Optional<Boost> next = boosts.stream()
                .filter(b -> b.status() != BoostStatus.CANCELLED && b.status() != BoostStatus.DONE)
                .filter(b -> b.showId() == null || Objects.equals(b.showId(), showId))
                .filter(b -> b.end().isAfter(now))
                .min(Comparator.comparing(Boost::start));
        if (next.isEmpty()) {
            return new Line(true, i18n.get("capacity.preflight.capacity.none"));
        }
        Boost b = next.get();
        int ready = state == null ? 0 : state.readyUnits();
        String what = b.title() + " (" + words.clock(b.start()) + ")";
        if (b.status() == BoostStatus.FAILED) {
            return new Line(false, i18n.format("capacity.preflight.capacity.failed", what, b.lastError()));
        }
        if (ready >= b.units()) {
            return new Line(true, i18n.format("capacity.preflight.capacity.ready", what, b.units()));
        }
        if (b.status() == BoostStatus.PLANNED) {
            return new Line(true, i18n.format("capacity.preflight.capacity.planned", what, b.units(),
                    words.clock(b.scaleUpAt())));
        }
        Instant readyAt = b.readyAt() != null ? b.readyAt() : state == null ? null : state.readyAt();
        boolean inTime = readyAt != null && !readyAt.isAfter(b.start());
        return new Line(inTime, i18n.format("capacity.preflight.capacity.coming", what, ready, b.units(),
                words.clock(readyAt)));
    }

    private Line snapshot(Show show, CapacityState state, Instant now) {
        if (show == null || show.status() != ShowStatus.LIVE) {
            return new Line(true, i18n.get("capacity.preflight.snapshot.notLive"));
        }
        Instant at = state == null ? null : state.lastSnapshotAt();
        Instant since = at != null ? at : show.liveAt();
        long minutes = since == null ? 0 : Duration.between(since, now).toMinutes();
        boolean fresh = since != null && Duration.between(since, now).compareTo(SNAPSHOT_AGE) <= 0;
        String key = at == null ? "capacity.preflight.snapshot.none" : fresh ? "capacity.preflight.snapshot.ok"
                : "capacity.preflight.snapshot.old";
        return new Line(fresh, i18n.format(key, minutes));
    }
}
