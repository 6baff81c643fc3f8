package io.cuedeck.server.bench;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.FireTotals;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import io.cuedeck.server.engine.hot.FireLedger.FireStats;
import io.cuedeck.server.engine.hot.FireReach;
import io.cuedeck.server.engine.hot.FireReach.Step;
import io.cuedeck.server.engine.hot.FireReach.ViewerStep;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.fire.FireRecords;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An ended hour-long show with many answers, written the way a node writes one: answers through
 * {@link ColdStore#appendAnswers} in the journal's batches of 500, the report's counts through the
 * hot engine's {@link FireReach} (funnel steps, answers with option, language and time, write
 * counters, the audience's platform, region and language), acks through the ledger, and each fire
 * finalised as {@code FireCloser} does (the ledger's totals and the reach's counts copied into the
 * stored fire, checked against the stored answer count). Fires alternate poll, poll, quiz; each has
 * four options; the viewers answering rotate through the audience, in four languages.
 */
record MillionAnswerShow(String showId, List<String> fireIds) {

    private static final String[] LANGS = {"en", "zh-TW", "ko", "ja"};
    private static final String[] PLATFORMS = {"ios", "android", "tv", "web"};
    private static final String[] REGIONS = {"tw", "kr", "jp", "us"};
    private static final int CHUNK = 5_000;
    private static final int JOURNAL_BATCH = 500;

    static MillionAnswerShow seed(HotEngine hot, ColdStore cold, int answers, int fires, int audience) {
        Instant live = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String showId = "million-" + UUID.randomUUID().toString().substring(0, 8);
        cold.createShow(new Show(showId, "百萬 answers 시청자", ShowStatus.ENDED, null, null, live.minusSeconds(600), live,
                live.plusSeconds(3_600)));
        String[] viewers = new String[audience];
        List<FireReach.Sighting> seen = new ArrayList<>();
        for (int v = 0; v < audience; v++) {
            viewers[v] = new UUID(0x5eedL, v).toString();
            seen.add(new FireReach.Sighting(viewers[v], PLATFORMS[v % 4], REGIONS[v / 4 % 4], LANGS[v % 4]));
        }
        hot.reach().seen(showId, seen);
        for (int s = 0; s < 12; s++) {
            long[] curve = new long[300];
            ramp(curve, audience * s / 12L, audience / 12L);
            cold.putSnapshot(new ViewerSnapshot(showId, live.getEpochSecond() + 300L * s, curve));
        }
        List<String> fireIds = new ArrayList<>();
        int perFire = Math.min(audience, answers / fires);
        for (int f = 0; f < fires; f++) {
            fireIds.add(fire(hot, cold, showId, f, live.plusSeconds(120 + 300L * f), viewers, perFire));
        }
        return new MillionAnswerShow(showId, fireIds);
    }

    private static String fire(HotEngine hot, ColdStore cold, String showId, int f, Instant firedAt, String[] viewers,
            int answering) {
        CueKind kind = f % 3 == 2 ? CueKind.QUIZ : CueKind.POLL;
        Cue cue = new Cue("cue-" + f, showId, kind, Map.of("en", "Question " + f, "zh-TW", "問題 " + f, "ko", "질문 " + f),
                List.of(Map.of("en", "A"), Map.of("en", "B"), Map.of("en", "C"), Map.of("en", "D")),
                kind == CueKind.QUIZ ? 1 : null, 60, "en", firedAt.minusSeconds(900), firedAt.minusSeconds(900));
        cold.addCue(cue);
        String fireId = "fire-" + f + "-" + UUID.randomUUID().toString().substring(0, 8);
        FireRecord fire = new FireRecord(showId, fireId, cue, "key-" + fireId,
                new FireReceipt(fireId, cue.id(), firedAt, firedAt.plusSeconds(60), viewers.length), null, null, null);
        cold.putFire(fire);
        hot.fires().open(FireRecords.liveFire(fire));
        int acking = Math.min(viewers.length, answering + answering / 5);
        int from = f * 7_919 % viewers.length;
        List<ViewerStep> steps = new ArrayList<>();
        Map<ViewerStep, Long> ackMillis = new HashMap<>();
        List<FireReach.Answer> counted = new ArrayList<>();
        List<AnswerRecord> stored = new ArrayList<>();
        for (int i = 0; i < viewers.length; i++) {
            int v = (from + i) % viewers.length;
            String viewer = viewers[v];
            steps.add(new ViewerStep(showId, fireId, viewer, Step.TARGETED));
            steps.add(new ViewerStep(showId, fireId, viewer, Step.WRITTEN));
            if (i < acking) {
                long ms = 150 + v % 2_850;
                ViewerStep ack = new ViewerStep(showId, fireId, viewer, Step.ACKED);
                steps.add(ack);
                ackMillis.put(ack, ms);
                hot.fires().ack(fireId, viewer, ms);
            }
            if (i < answering) {
                int choice = (v * 31 + f) % 7 % 4; // uneven across the four options
                long ms = 1_000 + (v * 37L) % 58_000;
                Instant at = firedAt.plusMillis(ms);
                counted.add(new FireReach.Answer(showId, fireId, viewer, choice, LANGS[v % 4], ms,
                        kind == CueKind.QUIZ && choice == 1, at.getEpochSecond()));
                stored.add(new AnswerRecord(showId, fireId, viewer, choice, null, at));
            }
            if (steps.size() + counted.size() >= CHUNK || i == viewers.length - 1) {
                hot.reach().record(new FireReach.Batch(steps, ackMillis, counted, List.of()));
                steps.clear();
                ackMillis.clear();
                counted.clear();
            }
        }
        hot.reach().record(new FireReach.Batch(List.of(), Map.of(), List.of(),
                List.of(new FireReach.Counter(showId, fireId, "writes", viewers.length))));
        for (int i = 0; i < stored.size(); i += JOURNAL_BATCH) {
            cold.appendAnswers(stored.subList(i, Math.min(stored.size(), i + JOURNAL_BATCH)));
        }
        hot.fires().delivered(fireId, viewers.length, 0);
        Instant closedAt = fire.receipt().closesAt();
        hot.fires().close(fireId, closedAt);
        FireStats s = hot.fires().stats(fireId).orElseThrow();
        FireTotals totals = new FireTotals(s.delivered(), s.failed(), s.acks(), s.latency(), s.maxLatencyMs(),
                io.cuedeck.server.fire.AnswerRepair.countsWithEveryStoredAnswer(hot.reach(), cold, fire));
        cold.putFire(fire.withClosedAt(closedAt).withTotals(totals));
        return fireId;
    }

    /** A viewer curve that climbs through a five-minute window. */
    private static void ramp(long[] curve, long start, long rise) {
        for (int i = 0; i < curve.length; i++) {
            curve[i] = start + rise * i / curve.length;
        }
    }
}
