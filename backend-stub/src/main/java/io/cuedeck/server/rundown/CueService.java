package io.cuedeck.server.rundown;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.RundownOrder;
import io.cuedeck.server.Ids;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.protocol.rules.CueValidator;
import io.cuedeck.protocol.rules.CueValidator.ValidCue;
import io.cuedeck.protocol.rules.InvalidCueException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A show's rundown: its cues in order. Cues can be edited in any show status, even while fired:
 * a fire keeps the copy of the cue it sent.
 */
public final class CueService {

    private final ColdStore cold;
    private final Clock clock;
    private final java.util.List<java.util.function.Consumer<String>> changeListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public CueService(ColdStore cold, Clock clock) {
        this.cold = cold;
        this.clock = clock;
    }

    /** Runs after a cue of the show was added, changed or deleted (capacity follows planned push cues). */
    public void onChanged(java.util.function.Consumer<String> listener) {
        changeListeners.add(listener);
    }

    public Cue add(String showId, CueDraft draft) {
        requireShow(showId);
        ValidCue v = valid(draft);
        CuePlanning.Planned planned = CuePlanning.check(draft, clock);
        Instant now = clock.instant();
        Cue cue = new Cue(Ids.newId(), showId, v.kind(), v.prompt(), v.options(), v.correctOption(),
                v.answerSeconds(), v.defaultLang(), now, now, planned.plannedAt(), planned.push());
        cold.addCue(cue);
        changed(showId);
        return cue;
    }

    /** The draft by the one set of cue rules the console also checks; the first problem is a 400 naming its field. */
    private static ValidCue valid(CueDraft draft) {
        try {
            return CueValidator.validate(draft);
        } catch (InvalidCueException e) {
            throw ApiException.validation(e.problem().field(), e.problem().message());
        }
    }

    private void changed(String showId) {
        changeListeners.forEach(l -> l.accept(showId));
    }

    public List<Cue> rundown(String showId) {
        requireShow(showId);
        return cold.rundown(showId);
    }

    public Cue get(String showId, String cueId) {
        requireShow(showId);
        return cold.cue(showId, cueId).orElseThrow(() -> noCue(showId, cueId));
    }

    public Cue update(String showId, String cueId, CueDraft draft) {
        Cue existing = get(showId, cueId);
        ValidCue v = valid(draft);
        CuePlanning.Planned planned = CuePlanning.check(draft, clock);
        Cue cue = new Cue(cueId, showId, v.kind(), v.prompt(), v.options(), v.correctOption(), v.answerSeconds(),
                v.defaultLang(), existing.createdAt(), clock.instant(), planned.plannedAt(), planned.push());
        if (!cold.updateCue(cue)) {
            throw noCue(showId, cueId);
        }
        changed(showId);
        return cue;
    }

    public void delete(String showId, String cueId) {
        requireShow(showId);
        if (!cold.deleteCue(showId, cueId)) {
            throw noCue(showId, cueId);
        }
        changed(showId);
    }

    public List<Cue> reorder(String showId, RundownOrder body) {
        requireShow(showId);
        List<String> order = body.order();
        if (order == null) {
            throw ApiException.validation("order", "order is required: every cue id of the show, once, in the new order.");
        }
        Set<String> current = new HashSet<>();
        cold.rundown(showId).forEach(c -> current.add(c.id()));
        Set<String> seen = new HashSet<>();
        for (String id : order) {
            if (!seen.add(id)) {
                throw ApiException.validation("order", "The cue '" + id + "' is listed twice.");
            }
            if (!current.contains(id)) {
                throw ApiException.validation("order", "There is no cue '" + id + "' in this show.");
            }
        }
        for (String id : current) {
            if (!seen.contains(id)) {
                throw ApiException.validation("order", "The order leaves out the cue '" + id + "'; list every cue once.");
            }
        }
        if (!cold.reorder(showId, order)) {
            throw ApiException.conflict("conflict", "The rundown changed meanwhile; reload it and try again.");
        }
        return cold.rundown(showId);
    }

    private void requireShow(String showId) {
        if (cold.show(showId).isEmpty()) {
            throw ApiException.notFound("There is no show '" + showId + "'.");
        }
    }

    private static ApiException noCue(String showId, String cueId) {
        return ApiException.notFound("There is no cue '" + cueId + "' in show '" + showId + "'.");
    }
}
