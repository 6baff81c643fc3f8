package io.cuedeck.server.audience;

import io.cuedeck.server.engine.cold.FireRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's view of each show's open fires, so a viewer who connects gets the open cues without
 * an engine call (a join storm on Redis would otherwise cost a round trip per connection). Kept
 * from the bus on the show's lane (a fire opens, a close ends it) and reconciled now and then with
 * the ledger, for fires this node never heard of (opened before it started, restored after a
 * loss). Read and changed on the show's lane only; the maps are concurrent for the reconciling
 * timer's reads.
 */
public final class LiveFires {

    private final Map<String, Map<String, FireRecord>> open = new ConcurrentHashMap<>();
    /** Fires whose close this node heard: a ledger read older than the close must not reopen them. */
    private final Set<String> closed = ConcurrentHashMap.newKeySet();

    /** A fire went out (on the show's lane, just before its fan-out). */
    public void opened(FireRecord fire) {
        if (!closed.contains(fire.fireId())) {
            open.computeIfAbsent(fire.showId(), id -> new ConcurrentHashMap<>()).put(fire.fireId(), fire);
        }
    }

    /** A fire's window closed (on the show's lane). */
    public void closed(String showId, String fireId) {
        closed.add(fireId);
        Map<String, FireRecord> fires = open.get(showId);
        if (fires != null) {
            fires.remove(fireId);
        }
    }

    /** The show's open fires, oldest first. */
    public List<FireRecord> of(String showId) {
        Map<String, FireRecord> fires = open.get(showId);
        if (fires == null || fires.isEmpty()) {
            return List.of();
        }
        List<FireRecord> out = new ArrayList<>(fires.values());
        out.sort(Comparator.comparing(FireRecord::firedAt));
        return out;
    }

    /**
     * What the ledger says is open (read before this call, on the show's lane): adds the fires this
     * node did not know, unless it heard them close meanwhile. A fire the ledger no longer lists is
     * left to its close message, which every node gets.
     */
    public void reconcile(String showId, List<FireRecord> openInLedger) {
        for (FireRecord fire : openInLedger) {
            opened(fire);
        }
    }

    /** A show ended: nothing of it is open any more. */
    public void forgetShow(String showId) {
        Map<String, FireRecord> fires = open.remove(showId);
        if (fires != null) {
            closed.addAll(fires.keySet());
        }
    }

    /** Forgets old closes (called now and then; fire ids are never reused). */
    public void trimClosed(int keep) {
        if (closed.size() > keep) {
            closed.clear();
        }
    }
}
