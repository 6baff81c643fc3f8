package io.cuedeck.server.audience;

import io.cuedeck.server.engine.hot.FireLedger;
import io.cuedeck.server.engine.hot.FireReach;
import io.cuedeck.server.engine.hot.FireReach.Answer;
import io.cuedeck.server.engine.hot.FireReach.Counter;
import io.cuedeck.server.engine.hot.FireReach.Sighting;
import io.cuedeck.server.engine.hot.FireReach.Step;
import io.cuedeck.server.engine.hot.FireReach.ViewerStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a node's viewer events reach the hot engine's counting: request threads,
 * Jetty write callbacks and the fan-out only queue (a lock-free offer, never an engine call), and
 * {@link #flush()}, on the server's timer thread every {@value #FLUSH_MILLIS} ms, sends everything
 * queued in one batch ({@link FireReach#record}: one script per fire, pipelined) plus the first
 * acks to the ledger ({@link FireLedger#acks}, pipelined too). A stalled Redis therefore stalls
 * the flush, never a request thread. A batch that fails is queued again whole (the funnel's sets
 * make that exact) up to {@link #MAX_QUEUED} events; beyond that new events are dropped and
 * counted in {@link #dropped()}.
 *
 * <p>What a node killed between an event and the next flush had queued is lost (at most one flush
 * interval); the viewers it reached count again when they reconnect to another node, because the
 * sets are keyed by viewer, not by node.
 */
public final class ReachBatcher {

    public static final long FLUSH_MILLIS = 200;
    public static final int MAX_QUEUED = 2_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(ReachBatcher.class);

    private record Ack(ViewerStep step, long millis) {
    }

    private record Present(String showId, String fireId, Instant at) {
    }

    private final FireReach reach;
    private final FireLedger ledger;
    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    public ReachBatcher(FireReach reach, FireLedger ledger) {
        this.reach = reach;
        this.ledger = ledger;
    }

    private void offer(Object event) {
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        queue.add(event);
    }

    /** Viewers present at the fire's TAKE (by heartbeat) are copied into its funnel at the next flush. */
    public void presentAt(String showId, String fireId, Instant at) {
        offer(new Present(showId, fireId, at));
    }

    public void step(String showId, String fireId, String viewerId, Step step) {
        offer(new ViewerStep(showId, fireId, viewerId, step));
    }

    /** A viewer's ack, with its latency; the ledger's first-ack count is updated at the flush too. */
    public void acked(String showId, String fireId, String viewerId, long millis) {
        offer(new Ack(new ViewerStep(showId, fireId, viewerId, Step.ACKED), millis));
    }

    public void answered(Answer answer) {
        offer(answer);
    }

    public void count(String showId, String fireId, String name, long delta) {
        offer(new Counter(showId, fireId, name, delta));
    }

    public void seen(String showId, Sighting sighting) {
        offer(Map.entry(showId, sighting));
    }

    /** Events dropped because the queue was full (the engine was down too long). */
    public long dropped() {
        return dropped.get();
    }

    /**
     * Sends everything queued; on failure it stays queued for the next flush. Called by the timer
     * and by a report read (which must see what this node accepted), one at a time so that a
     * report's flush returns only once the timer's flush in progress has landed too.
     */
    @SuppressWarnings("unchecked")
    public synchronized void flush() {
        List<Object> events = new ArrayList<>();
        for (Object e; (e = queue.poll()) != null;) {
            events.add(e);
        }
        if (events.isEmpty()) {
            return;
        }
        List<ViewerStep> steps = new ArrayList<>();
        Map<ViewerStep, Long> ackMillis = new HashMap<>();
        List<Answer> answers = new ArrayList<>();
        Map<List<String>, Long> counters = new LinkedHashMap<>();
        Map<String, List<Sighting>> seen = new LinkedHashMap<>();
        List<Present> present = new ArrayList<>();
        for (Object e : events) {
            if (e instanceof ViewerStep s) {
                steps.add(s);
            } else if (e instanceof Ack a) {
                steps.add(a.step());
                ackMillis.putIfAbsent(a.step(), a.millis());
            } else if (e instanceof Answer a) {
                answers.add(a);
            } else if (e instanceof Counter c) {
                counters.merge(List.of(c.showId(), c.fireId(), c.name()), c.delta(), Long::sum);
            } else if (e instanceof Present p) {
                present.add(p);
            } else if (e instanceof Map.Entry<?, ?> entry) {
                seen.computeIfAbsent((String) entry.getKey(), k -> new ArrayList<>()).add((Sighting) entry.getValue());
            }
        }
        List<Counter> summed = new ArrayList<>();
        counters.forEach((k, n) -> summed.add(new Counter(k.get(0), k.get(1), k.get(2), n)));
        try {
            for (Present p : present) {
                reach.markPresent(p.showId(), p.fireId(), p.at());
            }
            reach.record(new FireReach.Batch(steps, ackMillis, answers, summed));
            for (Map.Entry<String, List<Sighting>> s : seen.entrySet()) {
                reach.seen(s.getKey(), s.getValue());
            }
            queued.addAndGet(-events.size());
        } catch (RuntimeException ex) {
            queued.addAndGet(-events.size());
            for (Object e : events) {
                offer(e);
            }
            LOG.warn("could not record {} viewer events; keeping them for the next flush", events.size(), ex);
            return;
        }
        if (ackMillis.isEmpty()) {
            return;
        }
        List<FireLedger.Ack> acks = new ArrayList<>(ackMillis.size());
        ackMillis.forEach((step, millis) -> acks.add(new FireLedger.Ack(step.fireId(), step.viewerId(), millis)));
        try {
            ledger.acks(acks);
        } catch (RuntimeException ex) {
            LOG.warn("could not count {} acks in the live ledger", acks.size(), ex);
        }
    }
}
