package io.cuedeck.server.capacity;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostSource;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.server.engine.cold.BoostStore;
import io.cuedeck.server.engine.cold.ColdStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Capacity the rundown plans: a show's scheduled window ({@code scheduledStart} to
 * {@code scheduledEnd}, or two hours when it has no end) asks for {@code CUEDECK_RUNDOWN_VIEWERS},
 * and each cue with {@code push: true} and a {@code plannedAt} asks for {@code CUEDECK_PUSH_VIEWERS}
 * from then for {@code CUEDECK_PUSH_HOLD_MINUTES}. These boosts ({@code source: rundown}) follow the
 * rundown: a moved show or cue moves its boost (a target or lead time edited by hand stays), a
 * deleted cue or one no longer planned with a push cancels it. Firing a push cue that no boost
 * covers (none in force now with at least the push's units) asks for capacity at once. The work runs on its own thread, after the change that caused
 * it was stored and answered, so a cue save or a fire never waits for it.
 */
public final class RundownBoosts implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RundownBoosts.class);
    static final Duration DEFAULT_SHOW_LENGTH = Duration.ofHours(2);

    private final BoostStore store;
    private final BoostService boosts;
    private final ColdStore cold;
    private final CapacityConfig config;
    private final Clock clock;
    private final PushBoosts push;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cuedeck-rundown-boosts");
        t.setDaemon(true);
        return t;
    });

    RundownBoosts(BoostStore store, BoostService boosts, ColdStore cold, CapacityConfig config, Clock clock) {
        this.store = store;
        this.boosts = boosts;
        this.cold = cold;
        this.config = config;
        this.clock = clock;
        this.push = new PushBoosts(store, boosts, config, clock);
    }

    /** A show was made or changed (its schedule, its title). */
    public void showChanged(Show show) {
        later(() -> syncShow(show.id()));
    }

    /** A cue of the show was added, changed or deleted. */
    public void cuesChanged(String showId) {
        later(() -> syncCues(showId));
    }

    /** A cue was fired: a push that no boost covers boosts now. */
    public void fired(Cue cue, FireReceipt receipt) {
        if (cue.pushes()) {
            later(() -> push.fired(cue, receipt));
        }
    }

    private void later(Runnable work) {
        try {
            worker.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.warn("rundown capacity could not be updated: {}", e.toString());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            LOG.debug("node stopping: rundown capacity not updated");
        }
    }

    static String showRef(String showId) {
        return "rundown:" + showId + ":show";
    }

    static String cueRef(String showId, String cueId) {
        return "rundown:" + showId + ":cue:" + cueId;
    }

    void syncShow(String showId) {
        Optional<Show> found = cold.show(showId);
        if (found.isEmpty() || found.get().scheduledStart() == null) {
            return;
        }
        Show show = found.get();
        Instant start = show.scheduledStart();
        Instant end = show.scheduledEnd() != null ? show.scheduledEnd() : start.plus(DEFAULT_SHOW_LENGTH);
        follow(showRef(showId), showId, show.title(), start, end, config.rundownViewers(), "The show's scheduled window");
    }

    void syncCues(String showId) {
        List<Cue> cues = cold.rundown(showId);
        Set<String> wanted = new HashSet<>();
        String title = cold.show(showId).map(Show::title).orElse(showId);
        for (Cue c : cues) {
            if (c.pushes() && c.plannedAt() != null) {
                String ref = cueRef(showId, c.id());
                wanted.add(ref);
                follow(ref, showId, title + ": push", c.plannedAt(), c.plannedAt().plus(config.pushHold()),
                        config.pushViewers(), "A push cue planned in the rundown");
            }
        }
        String prefix = "rundown:" + showId + ":cue:";
        for (Boost b : store.unfinished()) {
            if (b.ref() != null && b.ref().startsWith(prefix) && !wanted.contains(b.ref())) {
                boosts.cancel(b.id(), "The cue is no longer a planned push in the rundown.");
            }
        }
    }

    /** Creates the boost of {@code ref}, or moves it to the rundown's times. */
    private void follow(String ref, String showId, String title, Instant start, Instant end, long viewers, String why) {
        Instant now = clock.instant();
        String id = StableIds.of(ref);
        Optional<Boost> existing = store.get(id);
        if (existing.isEmpty()) {
            if (!end.isAfter(now) || Duration.between(start, end).compareTo(BoostRules.LONGEST) > 0) {
                return;
            }
            int units = Math.min(config.maxUnits(), config.unitsFor(viewers));
            BoostRules.Valid v = new BoostRules.Valid(showId, title, start, end, null, viewers, units,
                    BoostRules.DEFAULT_LEAD_MINUTES);
            Boost b = BoostChanges.created(id, v, title, BoostSource.RUNDOWN, ref, why, null, now,
                    why + ": " + units + " units.");
            if (store.create(b)) {
                boosts.stored(b);
            }
            return;
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            Boost b = attempt == 0 ? existing.get() : store.get(id).orElseThrow();
            if (b.status() == BoostStatus.DONE
                    || (b.start().equals(start) && b.end().equals(end) && b.title().equals(title)
                    && b.status() != BoostStatus.CANCELLED)) {
                return;
            }
            BoostRules.Valid v = new BoostRules.Valid(showId, title, start, end, b.targetUnits(), b.expectedViewers(),
                    b.units(), b.leadMinutes());
            Boost next = BoostChanges.content(b, v, title, now);
            if (b.status() == BoostStatus.CANCELLED) {
                next = BoostChanges.moved(next, BoostStatus.PLANNED, now, "Planned again in the rundown.");
            }
            if (store.replace(next, b.version())) {
                boosts.stored(next);
                return;
            }
        }
    }

    /** Waits for the queued rundown work (tests, and a node stopping). */
    void drain() {
        var done = new java.util.concurrent.CompletableFuture<Void>();
        later(() -> done.complete(null));
        done.orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
