package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.server.engine.hot.FireLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Fires by id; each fire's counters sit behind its own lock. Fires older than a day are dropped. */
final class MemoryFireLedger implements FireLedger {

    private static final Duration KEEP = Duration.ofHours(25);

    private final ConcurrentHashMap<String, LedgerEntry> fires = new ConcurrentHashMap<>();
    private final Clock clock;

    MemoryFireLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void open(LiveFire fire) {
        Instant horizon = clock.instant().minus(KEEP);
        fires.values().removeIf(e -> e.fire().firedAt().isBefore(horizon));
        fires.putIfAbsent(fire.fireId(), new LedgerEntry(fire));
    }

    @Override
    public boolean close(String fireId, Instant closedAt) {
        LedgerEntry e = fires.get(fireId);
        return e != null && e.close(closedAt);
    }

    @Override
    public Optional<FireState> get(String fireId) {
        return Optional.ofNullable(fires.get(fireId)).map(LedgerEntry::state);
    }

    @Override
    public List<LiveFire> openFires(String showId) {
        return fires.values().stream()
                .map(LedgerEntry::state)
                .filter(s -> s.open() && s.fire().showId().equals(showId))
                .map(FireState::fire)
                .sorted(Comparator.comparing(LiveFire::firedAt).thenComparing(LiveFire::fireId))
                .toList();
    }

    @Override
    public void delivered(String fireId, long delivered, long failed) {
        LedgerEntry e = fires.get(fireId);
        if (e != null) {
            e.delivered(delivered, failed);
        }
    }

    @Override
    public boolean ack(String fireId, String viewerId, long latencyMillis) {
        LedgerEntry e = fires.get(fireId);
        return e != null && e.ack(viewerId, latencyMillis);
    }

    @Override
    public boolean claimAnswer(String fireId, String viewerId, Duration hold) {
        LedgerEntry e = fires.get(fireId);
        return e != null && e.claim(viewerId, clock.millis(), hold.toMillis());
    }

    @Override
    public void confirmAnswer(String fireId, String viewerId, int choice) {
        LedgerEntry e = fires.get(fireId);
        if (e != null) {
            e.confirm(viewerId, choice);
        }
    }

    @Override
    public void releaseAnswer(String fireId, String viewerId) {
        LedgerEntry e = fires.get(fireId);
        if (e != null) {
            e.release(viewerId);
        }
    }

    @Override
    public Optional<FireStats> stats(String fireId) {
        return Optional.ofNullable(fires.get(fireId)).map(LedgerEntry::stats);
    }

    @Override
    public void restore(FireState state, FireStats stats, Collection<String> answeredViewers) {
        fires.put(state.fire().fireId(), new LedgerEntry(state, stats, answeredViewers));
    }
}
