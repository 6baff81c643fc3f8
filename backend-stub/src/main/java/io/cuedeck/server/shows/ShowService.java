package io.cuedeck.server.shows;

import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.Ids;
import io.cuedeck.server.bus.BusMessage;
import io.cuedeck.server.bus.BusRelay;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.DuplicateIdException;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Checks;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Creating shows and moving them through draft, live and ended. */
public final class ShowService {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final ColdStore cold;
    private final ShowDirectory directory;
    private final BusRelay bus;
    private final Clock clock;
    private final List<Consumer<Show>> endListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Show>> changeListeners = new CopyOnWriteArrayList<>();

    public ShowService(ColdStore cold, ShowDirectory directory, BusRelay bus, Clock clock) {
        this.cold = cold;
        this.directory = directory;
        this.bus = bus;
        this.clock = clock;
    }

    /** Runs when a show ends on this node (close its fires, write its last snapshot). */
    public void onEnded(Consumer<Show> listener) {
        endListeners.add(listener);
    }

    /** Runs after a show was created or changed on this node (capacity follows its schedule). */
    public void onChanged(Consumer<Show> listener) {
        changeListeners.add(listener);
    }

    public Show create(NewShow request) {
        String id = request.id() == null ? Ids.newId() : request.id();
        if (!ID.matcher(id).matches()) {
            throw ApiException.validation("id", "id must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -.");
        }
        String title = Checks.text("title", request.title(), 1, 200);
        checkSchedule(request.scheduledStart(), request.scheduledEnd());
        Show show = new Show(id, title, ShowStatus.DRAFT, request.scheduledStart(), request.scheduledEnd(),
                clock.instant(), null, null);
        try {
            cold.createShow(show);
        } catch (DuplicateIdException e) {
            throw ApiException.conflict("conflict", "A show with id '" + id + "' already exists.");
        }
        changed(show);
        return show;
    }

    public List<Show> list() {
        return cold.shows();
    }

    /** The shows that pass the query's filters, most recently created first. */
    public List<Show> list(io.cuedeck.protocol.reports.ShowQuery query) {
        return cold.shows().stream().filter(query::matches).toList();
    }

    public Show get(String showId) {
        return cold.show(showId).orElseThrow(() -> ApiException.notFound("There is no show '" + showId + "'."));
    }

    public Show patch(String showId, ShowPatch patch) {
        Show current = get(showId);
        String title = patch.title() == null ? current.title() : Checks.text("title", patch.title(), 1, 200);
        Instant start = patch.scheduledStart() == null ? current.scheduledStart() : patch.scheduledStart();
        Instant end = patch.scheduledEnd() == null ? current.scheduledEnd() : patch.scheduledEnd();
        checkSchedule(start, end);
        ShowStatus status = patch.status() == null ? current.status() : patch.status();
        Instant now = clock.instant();
        Instant liveAt = current.liveAt();
        Instant endedAt = current.endedAt();
        if (status != current.status()) {
            checkMove(current.status(), status);
            liveAt = status == ShowStatus.LIVE ? now : liveAt;
            endedAt = status == ShowStatus.ENDED ? now : endedAt;
        }
        Show updated = new Show(showId, title, status, start, end, current.createdAt(), liveAt, endedAt);
        if (!cold.updateShow(updated)) {
            throw ApiException.notFound("There is no show '" + showId + "'.");
        }
        changed(updated);
        if (status == ShowStatus.ENDED && current.status() != ShowStatus.ENDED) {
            endListeners.forEach(l -> l.accept(updated));
        }
        return updated;
    }

    private static void checkMove(ShowStatus from, ShowStatus to) {
        boolean allowed = (from == ShowStatus.DRAFT && to != ShowStatus.DRAFT)
                || (from == ShowStatus.LIVE && to == ShowStatus.ENDED);
        if (!allowed) {
            throw ApiException.conflict("conflict", "A " + label(from) + " show cannot become " + label(to)
                    + ": shows only move from draft to live to ended.");
        }
    }

    private static String label(ShowStatus s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void checkSchedule(Instant start, Instant end) {
        if (start != null && end != null && !end.isAfter(start)) {
            throw ApiException.validation("scheduledEnd", "scheduledEnd must be after scheduledStart.");
        }
    }

    private void changed(Show show) {
        directory.changed(show.id());
        bus.publish(new BusMessage.ShowChanged(show.id(), show.status()));
        changeListeners.forEach(l -> l.accept(show));
    }
}
