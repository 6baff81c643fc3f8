package io.cuedeck.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.connector.audience.Audience;
import io.cuedeck.connector.audience.AudienceConfig;
import io.cuedeck.connector.audience.AudienceMember;
import io.cuedeck.connector.audience.FireTally;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.reports.FireFunnel;
import io.cuedeck.protocol.reports.LanguageAnswers;
import io.cuedeck.protocol.reports.LeaderEntry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A scripted show on two nodes sharing Redis and DynamoDB Local, watched by the connector's
 * simulated {@link Audience}: 2,000 viewers spread over both nodes, whose ids, languages, acks and
 * answers all follow from one seed. One node is SIGKILLed during the second fire; its viewers
 * reconnect to the other, sending again the answers the dead node never ruled on, and five late
 * joiners arrive. Every figure of the three fire reports and of the show report is asserted
 * exactly against what the crowd did, viewer by viewer ({@link Audience#tally}).
 *
 * <p>The test lives in the connector's tests (in the harness's package, for its package-private
 * {@link Cluster}) because the server must not depend on the client: the server's test harness
 * comes here as a test-jar. The kill waits until the dead node's viewers' acks of the second fire
 * are counted: a node loses what it had not flushed yet (at most 200 ms of events, see
 * {@code ReachBatcher}), and an ack is fire-and-forget, so one sent in that window would be lost
 * for good; answers are safe at any moment (the crowd sends again what was not ruled on), and
 * nobody answers within half the mean answer delay of the cue.
 */
class ScriptedAudienceShowTest extends SharedServices {

    private static final int VIEWERS = Integer.getInteger("scripted.viewers", 2_000);
    private static final int HEARTBEAT_ONLY = 7;
    private static final int LATE = 5;
    private static final Duration LONG_WAIT = Duration.ofSeconds(120);

    @Test
    void every_figure_of_a_two_node_show_watched_by_a_seeded_audience_with_a_node_killed_mid_fire_is_exact() {
        // presence must outlast the whole script, so everyone who joined is present at every TAKE
        try (Cluster cluster = new Cluster(redis, dynamo).with(Map.of("CUEDECK_PRESENCE_TTL_SECONDS", "1800"))) {
            Cluster.Node survivor = cluster.inProcess("alive");
            Cluster.ChildNode doomed = cluster.child("doomed");
            Api api = survivor.api();
            Show show = api.post("/api/v1/shows", NewShow.titled("Scripted " + UUID.randomUUID())).as(Show.class);
            String poll1 = cue(api, show, CueKind.POLL, null, "Who wins?", "誰會贏？", "누가 이길까요?");
            String poll2 = cue(api, show, CueKind.POLL, null, "Best goal?", "最佳進球？", "최고의 골?");
            String quiz = cue(api, show, CueKind.QUIZ, 1, "Which city hosts the final?", "決賽在哪個城市？", "결승전 개최 도시는?");
            api.patch("/api/v1/shows/" + show.id(), ShowPatch.status(ShowStatus.LIVE)).as(Show.class);
            for (int i = 0; i < HEARTBEAT_ONLY; i++) {
                api.post("/v1/shows/" + show.id() + "/heartbeat", Map.of("viewerId", UUID.randomUUID().toString(),
                        "platform", "tv", "region", "TW", "lang", "zh-TW"));
            }

            AudienceConfig config = AudienceConfig.of(URI.create(survivor.base()), show.id(), VIEWERS)
                    .withNodes(List.of(URI.create(doomed.base())))
                    .withLanguages(Map.of("zh-TW", 5.0, "en", 3.0, "ko", 2.0))
                    .withReactions(Duration.ofMillis(100), 0.7, Duration.ofSeconds(10), Map.of(0, 2.0, 1, 1.0, 2, 1.0))
                    .withAckRate(0.9).withRampUp(Duration.ofSeconds(4)).withReconnectBackoff(Duration.ofMillis(200))
                    .withSeed(20_261_203L);
            try (Audience audience = Audience.start(config)) {
                await().atMost(LONG_WAIT).until(() -> audience.stats().connected() == VIEWERS
                        && audience.stats().heartbeatsSent() >= VIEWERS);

                // fire 1: everyone on both nodes; a tenth ignore it, seven in ten of the others answer
                FireReceipt f1 = fire(api, show, poll1);
                FireTally t1 = settled(audience, f1, VIEWERS, 0);
                close(api, show, f1);
                FireReport r1 = reportMatching(api, show, f1, t1, VIEWERS + HEARTBEAT_ONLY, VIEWERS);
                assertThat(r1.socketWrites().writes()).isEqualTo(VIEWERS);
                assertThat(t1.acked()).as("some viewers ignore the cue").isLessThan(VIEWERS);
                assertThat(t1.answered()).as("some viewers only ack").isLessThan(t1.acked());

                // fire 2: once the doomed node's viewers' acks are counted, the node is killed
                FireReceipt f2 = fire(api, show, poll2);
                await().atMost(LONG_WAIT).until(() -> {
                    FireTally t = audience.tally(f2.fireId(), f2.firedAt());
                    return t.received() == VIEWERS && t.acked() == t.reacting();
                });
                long acked = audience.tally(f2.fireId(), f2.firedAt()).acked();
                await("the doomed node flushed its acks").atMost(LONG_WAIT).pollInterval(Duration.ofMillis(200))
                        .until(() -> report(api, show, f2).funnel().acked() == acked);
                doomed.kill();
                await("the doomed node's viewers moved").atMost(LONG_WAIT)
                        .until(() -> audience.stats().connected() == VIEWERS && audience.stats().reconnects() >= VIEWERS / 2);
                audience.resize(VIEWERS + LATE, Duration.ofMillis(500));
                FireTally t2 = settled(audience, f2, VIEWERS, LATE);
                close(api, show, f2);
                FireReport r2 = reportMatching(api, show, f2, t2, VIEWERS + HEARTBEAT_ONLY, VIEWERS);
                assertThat(r2.socketWrites().writes()).as("the moved viewers were written to twice")
                        .isEqualTo(VIEWERS + VIEWERS / 2 + LATE);

                // fire 3, a quiz on the surviving node only
                FireReceipt f3 = fire(api, show, quiz);
                FireTally t3 = settled(audience, f3, VIEWERS + LATE, 0);
                close(api, show, f3);
                FireReport r3 = reportMatching(api, show, f3, t3, VIEWERS + LATE + HEARTBEAT_ONLY, VIEWERS + LATE);
                long correct = t3.answersByOption().getOrDefault(1, 0L);
                assertThat(r3.correct()).isEqualTo(correct);
                assertThat(r3.correctRate()).isEqualTo((double) correct / t3.answered());
                assertThat(r3.leaderboard()).hasSize((int) Math.min(FireReport.LEADERBOARD_SIZE, correct));
                assertThat(r3.leaderboard()).extracting(LeaderEntry::viewerId)
                        .allMatch(id -> Integer.valueOf(1).equals(t3.choiceByViewer().get(id)));
                assertThat(r3.leaderboard()).isSortedAccordingTo(Comparator.comparingLong(LeaderEntry::ms));

                api.patch("/api/v1/shows/" + show.id(), ShowPatch.status(ShowStatus.ENDED)).as(Show.class);
                ShowReport report = api.get("/api/v1/shows/" + show.id() + "/report").as(ShowReport.class);
                assertShowReport(report, audience.members(), List.of(r1, r2, r3));
            }
        }
    }

    /** Waits until the crowd is done with the fire (every ack out, every answer ruled on), with the counts expected. */
    private static FireTally settled(Audience audience, FireReceipt fire, int onTime, int late) {
        await("the crowd is done with " + fire.fireId()).atMost(LONG_WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            FireTally t = audience.tally(fire.fireId(), fire.firedAt());
            return t.received() == onTime && t.lateReceived() == late && t.settled();
        });
        FireTally tally = audience.tally(fire.fireId(), fire.firedAt());
        System.out.println("the crowd's tally of " + fire.fireId() + ": " + tally); // kept in the surefire output
        assertThat(tally.refusedAnswers()).as("no answer was refused for good").isEmpty();
        return tally;
    }

    /** Waits until the fire's report shows what the crowd did, then checks every other figure of it. */
    private static FireReport reportMatching(Api api, Show show, FireReceipt fire, FireTally t, long present, long targeted) {
        FireFunnel expected = new FireFunnel(present, targeted, t.received(), t.acked(), t.answered(), t.lateReceived(),
                t.lateAcked(), t.lateAnswered(), t.received() + t.lateReceived());
        await("the report of " + fire.fireId() + " counts what the crowd did").atMost(LONG_WAIT)
                .pollInterval(Duration.ofMillis(300)).untilAsserted(() -> assertThat(report(api, show, fire).funnel())
                        .isEqualTo(expected));
        FireReport r = report(api, show, fire);
        long answers = t.answered() + t.lateAnswered();
        assertThat(r.targeted()).isEqualTo(targeted);
        assertThat(r.delivered()).isEqualTo(t.received() + t.lateReceived());
        assertThat(r.acks()).isEqualTo(t.acked() + t.lateAcked());
        assertThat(r.ackLatencyMs().max()).isPositive();
        assertThat(r.answers()).isEqualTo(answers);
        assertThat(r.distribution()).containsExactly(LongStream.range(0, 3)
                .mapToObj(i -> t.answersByOption().getOrDefault((int) i, 0L)).toArray(Long[]::new));
        assertThat(r.answersByLanguage().stream().collect(Collectors.toMap(LanguageAnswers::lang, LanguageAnswers::answers)))
                .isEqualTo(t.answersByLanguage());
        assertThat(r.responseRate()).isEqualTo((double) answers / r.delivered());
        assertThat(r.refusedAnswers()).isEqualTo(t.refusalsHeard());
        assertThat(r.answersPerSecond().stream().mapToLong(s -> s.count()).sum()).isEqualTo(answers);
        assertThat(r.socketWrites().failed()).isZero();
        return r;
    }

    private static void assertShowReport(ShowReport report, List<AudienceMember> members, List<FireReport> fires) {
        long unique = members.size() + HEARTBEAT_ONLY;
        assertThat(report.funnels()).extracting(row -> row.funnel()).containsExactlyElementsOf(
                fires.stream().map(FireReport::funnel).toList());
        assertThat(report.markers()).extracting(m -> m.id()).containsExactlyElementsOf(
                fires.stream().map(FireReport::fireId).toList());
        assertThat(report.uniqueViewers()).isEqualTo(unique);
        assertThat(report.split().platform()).isEqualTo(with(split(members, AudienceMember::platform), "tv"));
        assertThat(report.split().region()).isEqualTo(with(split(members, AudienceMember::region), "TW"));
        assertThat(report.split().language()).isEqualTo(with(split(members, AudienceMember::lang), "zh-TW"));
        assertThat(report.peakViewers()).as("nobody left and presence outlasts the show").isEqualTo(unique);
        assertThat(report.timeOnAirSeconds()).isEqualTo(Duration.between(report.liveAt(), report.endedAt()).toSeconds());
        assertThat(report.reconciliation().snapshots().ok()).as(report.reconciliation().snapshots().detail()).isTrue();
        assertThat(report.reconciliation().answers().ok()).as(report.reconciliation().answers().detail()).isTrue();
    }

    private static Map<String, Long> split(List<AudienceMember> members, Function<AudienceMember, String> by) {
        return members.stream().collect(Collectors.groupingBy(by, Collectors.counting()));
    }

    /** The split with the heartbeat-only viewers added under {@code key}. */
    private static Map<String, Long> with(Map<String, Long> split, String key) {
        Map<String, Long> all = new java.util.HashMap<>(split);
        all.merge(key, (long) HEARTBEAT_ONLY, Long::sum);
        return all;
    }

    private static String cue(Api api, Show show, CueKind kind, Integer correct, String en, String zh, String ko) {
        List<Map<String, String>> options = new ArrayList<>();
        for (String option : List.of("A", "B", "C")) {
            options.add(Map.of("en", option, "zh-TW", option + "隊", "ko", option + "팀"));
        }
        return api.post("/api/v1/shows/" + show.id() + "/cues", new CueDraft(kind, Map.of("en", en, "zh-TW", zh, "ko", ko),
                options, correct, 600, "en")).as(Cue.class).id();
    }

    private static FireReceipt fire(Api api, Show show, String cueId) {
        return api.post("/api/v1/shows/" + show.id() + "/cues/" + cueId + "/fire", null,
                "Idempotency-Key", UUID.randomUUID().toString()).as(FireReceipt.class);
    }

    private static void close(Api api, Show show, FireReceipt fire) {
        api.post("/api/v1/shows/" + show.id() + "/fires/" + fire.fireId() + "/close", null);
    }

    private static FireReport report(Api api, Show show, FireReceipt fire) {
        return api.get("/api/v1/shows/" + show.id() + "/fires/" + fire.fireId() + "/report").as(FireReport.class);
    }
}
