package io.cuedeck.server.bench;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.audience.AnswerJournal;
import io.cuedeck.server.audience.PresenceBatcher;
import io.cuedeck.server.console.ConsoleHub;
import io.cuedeck.server.console.EngineWatch;
import io.cuedeck.server.console.Ticker;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.FireTotals;
import io.cuedeck.server.engine.cold.dynamodb.DynamoColdStore;
import io.cuedeck.server.engine.cold.dynamodb.DynamoConfig;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import io.cuedeck.server.engine.hot.Presence.Touch;
import io.cuedeck.server.engine.hot.redis.RedisConfig;
import io.cuedeck.server.engine.hot.redis.RedisHotEngine;
import io.cuedeck.server.shows.ShowDirectory;
import io.cuedeck.server.snapshot.SnapshotJob;
import io.cuedeck.server.testing.ManualClock;
import io.cuedeck.server.testsupport.LocalDynamo;
import io.cuedeck.server.testsupport.LocalRedis;
import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * What one show-hour costs in DynamoDB requests, measured, not computed: N simulated viewers
 * heartbeat every 30 s for 3,600 simulated seconds (a manual clock compresses time) through the
 * server's own {@link PresenceBatcher}, {@link Ticker} (per-second expiry, count and gauge) and
 * {@link SnapshotJob} (every 300 s; each run one {@code BatchWriteItem}) on a real Redis, and the
 * show has 20 poll fires, each answered by 60 % of the audience through the server's
 * {@link AnswerJournal}, each fire written, closed and finalised as the server writes them (one
 * {@code putFire} each), on DynamoDB Local. Requests are the DynamoDB store's own counters
 * ({@code cuedeck_cold_requests_total}). The HTTP and WebSocket layers are left out: they do not
 * touch DynamoDB. Run (see docs/benchmarks.md):
 * <pre>
 * mvn -B -q -pl backend-stub -am test-compile exec:java -Pbench \
 *     -Dcuedeck.mainClass=io.cuedeck.server.bench.ShowHourCost -Dexec.args="1000 10000"
 * </pre>
 */
public final class ShowHourCost {

    private static final int SECONDS = 3_600;
    private static final int FIRES = 20;
    private static final double ANSWERING = 0.6;

    private ShowHourCost() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> audiences = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"10000"} : args) {
            audiences.add(Integer.parseInt(arg));
        }
        System.out.println("viewers | heartbeats | presence writes | snapshots | answers | answer requests"
                + " | answers/request | fire writes | all writes | reads | wall time");
        for (int viewers : audiences) {
            run(viewers);
        }
        System.exit(0); // DynamoDB Local leaves non-daemon job threads behind
    }

    private static void run(int audience) throws Exception {
        long started = System.nanoTime();
        ManualClock clock = new ManualClock(Instant.parse("2026-11-21T20:00:00Z"));
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (LocalRedis redis = LocalRedis.start(); LocalDynamo dynamo = LocalDynamo.embedded();
                RedisHotEngine hot = RedisHotEngine.connect(new RedisConfig(redis.url(), false, "bench:",
                        Duration.ofSeconds(10)), clock);
                DynamoColdStore cold = DynamoColdStore.open(new DynamoConfig("cuedeck-bench", null, true, 0),
                        dynamo.client(), meters)) {
            Show show = new Show("show-" + audience, "Cost bench", ShowStatus.LIVE, null, null, clock.instant(),
                    clock.instant(), null);
            cold.createShow(show);
            Cue poll = new Cue("poll-1", show.id(), CueKind.POLL, Map.of("en", "Who wins?"),
                    List.of(Map.of("en", "Red"), Map.of("en", "Blue")), null, 30, "en", clock.instant(), clock.instant());
            cold.addCue(poll);
            Map<String, Double> setup = requests(meters);

            ShowDirectory shows = new ShowDirectory(cold);
            PresenceBatcher presence = new PresenceBatcher(hot, Duration.ofSeconds(120), clock, meters);
            Ticker ticker = new Ticker(hot, shows, new ConsoleHub(), new EngineWatch(hot, cold), clock);
            SnapshotJob snapshots = new SnapshotJob(hot, cold, shows, clock);
            AnswerJournal journal = new AnswerJournal(cold, Runnable::run, meters);
            String[] ids = new String[audience];
            for (int v = 0; v < audience; v++) {
                ids[v] = UUID.randomUUID().toString();
            }
            String[] platforms = {"ios", "android", "web", "tv"};
            long heartbeats = 0;
            long answers = 0;
            Instant start = clock.instant();
            for (int second = 0; second < SECONDS; second++) {
                clock.set(start.plusSeconds(second));
                for (int v = second % 30; v < audience; v += 30) {
                    presence.offer(new Touch(show.id(), ids[v], platforms[v % platforms.length]), true);
                    heartbeats++;
                }
                presence.flush();
                clock.set(start.plusSeconds(second).plusMillis(900));
                ticker.tick();
                if (second > 0 && second % 300 == 0) {
                    snapshots.run();
                }
                if (second % 180 == 90 && second / 180 < FIRES) {
                    answers += fire(cold, journal, poll, ids, clock.instant(), second);
                }
            }
            clock.set(start.plusSeconds(SECONDS + 2));
            snapshots.run();
            journal.close();

            Map<String, Double> all = requests(meters);
            all.replaceAll((op, n) -> n - setup.getOrDefault(op, 0.0));
            double presenceWrites = all.getOrDefault("BatchWriteItem", 0.0);
            double answerRequests = all.getOrDefault("BatchExecuteStatement", 0.0);
            double fireWrites = all.getOrDefault("UpdateItem", 0.0);
            double writes = all.getOrDefault("PutItem", 0.0) + presenceWrites + answerRequests + fireWrites
                    + all.getOrDefault("TransactWriteItems", 0.0) + all.getOrDefault("DeleteItem", 0.0);
            double reads = all.getOrDefault("GetItem", 0.0) + all.getOrDefault("Query", 0.0);
            int snapshotItems = cold.snapshots(show.id()).size(); // read after the count above: not in it
            System.out.printf("%,d | %,d | %.0f | %d | %,d | %.0f | %.1f | %.0f | %.0f | %.0f | %.0f s%n", audience,
                    heartbeats, presenceWrites, snapshotItems, answers, answerRequests, answers / answerRequests, fireWrites,
                    writes, reads, (System.nanoTime() - started) / 1e9);
            System.out.println("  requests by operation: " + new TreeMap<>(all));
        }
    }

    /** One fire as the server records it: written, answered, closed, finalised. Returns the answers. */
    private static long fire(DynamoColdStore cold, AnswerJournal journal, Cue poll, String[] ids,
            Instant at, int second) {
        String fireId = "fire-" + second;
        FireReceipt receipt = new FireReceipt(fireId, poll.id(), at, at.plusSeconds(30), ids.length);
        FireRecord fire = new FireRecord(poll.showId(), fireId, poll, "take-" + second, receipt, null, null, null);
        cold.putFire(fire);
        List<CompletableFuture<Boolean>> durable = new ArrayList<>();
        int answering = (int) (ids.length * ANSWERING);
        for (int v = 0; v < answering; v++) {
            durable.add(journal.submit(new AnswerRecord(poll.showId(), fireId, ids[v], v % 2, null, at.plusMillis(v % 30_000))));
        }
        CompletableFuture.allOf(durable.toArray(CompletableFuture[]::new)).join();
        cold.putFire(fire.withClosedAt(at.plusSeconds(30)));
        cold.putFire(fire.withClosedAt(at.plusSeconds(30)).withTotals(new FireTotals(ids.length, 0, ids.length,
                new long[LatencyHistogram.BUCKETS], 0)));
        return answering;
    }

    private static Map<String, Double> requests(PrometheusMeterRegistry meters) {
        Map<String, Double> byOperation = new TreeMap<>();
        for (Meter meter : meters.getMeters()) {
            if (meter.getId().getName().equals("cuedeck.cold.requests")) {
                byOperation.merge(meter.getId().getTag("operation"), meter.measure().iterator().next().getValue(),
                        Double::sum);
            }
        }
        return byOperation;
    }
}
