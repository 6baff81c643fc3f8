package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostEvent;
import io.cuedeck.protocol.capacity.BoostStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** New versions of a boost (records are immutable): a status move with its history line, new content. */
final class BoostChanges {

    /** Entries of history kept per boost; the oldest go first (a failing provider retried for hours). */
    static final int MAX_HISTORY = 100;

    private BoostChanges() {
    }

    /** {@code b} moved to {@code status} at {@code at}, with the reason in words, one version later. */
    static Boost moved(Boost b, BoostStatus status, Instant at, String detail) {
        List<BoostEvent> history = new ArrayList<>(b.history());
        history.add(new BoostEvent(at, status, detail));
        while (history.size() > MAX_HISTORY) {
            history.remove(1); // keep the first entry: when and how it was made
        }
        Instant readyAt = status == BoostStatus.READY && b.readyAt() == null ? at : b.readyAt();
        String error = status == BoostStatus.FAILED ? detail : null;
        return new Boost(b.id(), b.showId(), b.title(), b.start(), b.end(), b.targetUnits(), b.expectedViewers(),
                b.units(), b.leadMinutes(), b.holdMinutes(), b.source(), status, b.ref(), b.reason(), readyAt, error,
                history, b.createdAt(), at, b.version() + 1);
    }

    /** {@code b} with the expected ready time of its units (while scaling up), one version later. */
    static Boost expectedReady(Boost b, Instant readyAt) {
        return new Boost(b.id(), b.showId(), b.title(), b.start(), b.end(), b.targetUnits(), b.expectedViewers(),
                b.units(), b.leadMinutes(), b.holdMinutes(), b.source(), b.status(), b.ref(), b.reason(), readyAt,
                b.lastError(), b.history(), b.createdAt(), b.updatedAt(), b.version() + 1);
    }

    /** {@code b} with new content (an edit, a re-import, a rundown change), one version later. */
    static Boost content(Boost b, BoostRules.Valid v, String title, Instant at) {
        return new Boost(b.id(), v.showId(), title, v.start(), v.end(), v.targetUnits(), v.expectedViewers(), v.units(),
                v.leadMinutes(), b.holdMinutes(), b.source(), b.status(), b.ref(), b.reason(), b.readyAt(),
                b.lastError(), b.history(), b.createdAt(), at, b.version() + 1);
    }

    /** A new boost, planned, version 1. */
    static Boost created(String id, BoostRules.Valid v, String title, io.cuedeck.protocol.capacity.BoostSource source,
            String ref, String reason, Integer holdMinutes, Instant at, String detail) {
        return new Boost(id, v.showId(), title, v.start(), v.end(), v.targetUnits(), v.expectedViewers(), v.units(),
                v.leadMinutes(), holdMinutes, source, BoostStatus.PLANNED, ref, reason, null, null,
                List.of(new BoostEvent(at, BoostStatus.PLANNED, detail)), at, at, 1);
    }

    /** The latest history entry: the transition that made the boost what it is. */
    static BoostEvent last(Boost b) {
        return b.history().isEmpty() ? null : b.history().get(b.history().size() - 1);
    }
}
