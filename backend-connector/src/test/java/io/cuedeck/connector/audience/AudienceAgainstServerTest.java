package io.cuedeck.connector.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.connector.CuedeckClient;
import io.cuedeck.connector.TestBackend;
import io.cuedeck.connector.TestBackend.ShowAndCue;
import io.cuedeck.connector.WithFreshBackend;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowStatus;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Simulated crowds against a real backend; the server's own counts are the judge. */
class AudienceAgainstServerTest extends WithFreshBackend {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void fiveThousandViewersReceiveAFireAndTheServerCountsEveryAckAndAnswer() {
        int viewers = 5_000;
        ShowAndCue live = TestBackend.livePoll(producer, 120);
        AudienceConfig config = AudienceConfig.of(URI.create(backend.baseUrl()), live.showId(), viewers)
                .withRampUp(Duration.ofSeconds(4))
                .withReactions(Duration.ofMillis(100), 1.0, Duration.ofMillis(500), Map.of(0, 3.0));

        try (Audience audience = Audience.start(config)) {
            await().atMost(WAIT).until(() -> audience.stats().connected() == viewers);
            await().atMost(WAIT).until(() -> producer.live(live.showId()).sockets() == viewers);

            FireReceipt receipt = producer.fire(live.showId(), live.cueId(), false);
            assertThat(receipt.targeted()).isEqualTo(viewers);

            await().atMost(WAIT).until(() -> audience.stats().answersAccepted() == viewers);
            AudienceStats seen = audience.stats();
            System.out.println("audience of " + viewers + ": " + seen);
            assertThat(seen.cuesReceived()).isEqualTo(viewers);
            assertThat(seen.acksSent()).isEqualTo(viewers);
            assertThat(seen.answersRefused()).isZero();
            await().atMost(WAIT).untilAsserted(() -> {
                FireReport report = producer.fireReport(live.showId(), receipt.fireId());
                assertThat(report.delivered()).isEqualTo(viewers);
                assertThat(report.failed()).isZero();
                assertThat(report.acks()).isEqualTo(viewers);
                assertThat(report.answers()).isEqualTo(viewers);
                assertThat(report.distribution().get(0) + report.distribution().get(1)).isEqualTo(viewers);
                assertThat(report.distribution().get(0)).as("choice weights 3:1").isGreaterThan(2 * report.distribution().get(1));
            });
            await().atMost(WAIT).until(() -> audience.stats().heartbeatsSent() >= viewers);
            assertThat(audience.stats().heartbeatsRefused() + audience.stats().heartbeatsFailed()).isZero();
            // Presence is batched on the server, and sockets and heartbeats both carry the platform.
            await().atMost(WAIT).untilAsserted(() -> assertThat(producer.live(live.showId()).byPlatform())
                    .containsOnlyKeys("ios", "android", "web", "tv"));
        }
    }

    @Test
    void aboutTheConfiguredShareOfViewersAnswerAQuestionInWordsAndTheServerKeepsEveryAnswer() {
        int viewers = 400;
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        Cue question = producer.addCue(live.showId(), new CueDraft(CueKind.QUESTION, Map.of("en", "Where are you?"),
                null, null, 60, "en"));
        AudienceConfig config = AudienceConfig.of(URI.create(backend.baseUrl()), live.showId(), viewers)
                .withRampUp(Duration.ZERO).withReactions(Duration.ofMillis(20), 0.25, Duration.ofMillis(50), null);

        try (Audience audience = Audience.start(config)) {
            await().atMost(WAIT).until(() -> producer.live(live.showId()).sockets() == viewers);
            FireReceipt receipt = producer.fire(live.showId(), question.id(), false);

            await().atMost(WAIT).until(() -> audience.stats().acksSent() == viewers);
            // Answer delays average 50 ms: two seconds after the last ack every answer is in.
            await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() ->
                    audience.stats().answersAccepted() == audience.stats().answersSent());
            long answered = audience.stats().answersSent();
            assertThat(answered).as("25 %% of %d, within 4.6 standard deviations", viewers).isBetween(60L, 140L);
            assertThat(producer.fireReport(live.showId(), receipt.fireId()).answers()).isEqualTo(answered);
        }
    }

    @Test
    void theCrowdGrowsAndShrinksOnResizeAndTheServerSeesItsSockets() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        AudienceConfig config = AudienceConfig.of(URI.create(backend.baseUrl()), live.showId(), 300)
                .withRampUp(Duration.ofSeconds(1));

        try (Audience audience = Audience.start(config)) {
            await().atMost(WAIT).until(() -> producer.live(live.showId()).sockets() == 300);

            audience.resize(120, Duration.ofMillis(500));
            await().atMost(WAIT).until(() -> producer.live(live.showId()).sockets() == 120);
            audience.resize(200, Duration.ZERO);
            await().atMost(WAIT).until(() -> producer.live(live.showId()).sockets() == 200);

            AudienceStats stats = audience.stats();
            assertThat(stats.targetViewers()).isEqualTo(200);
            assertThat(stats.joins()).isEqualTo(380);
            assertThat(stats.leaves()).isEqualTo(180);
        }
    }

    @Test
    void churnReplacesViewersWhileTheCrowdFollowsItsCurve() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        ViewerCurve curve = ViewerCurve.of(new ViewerCurve.Point(Duration.ofMillis(500), 200));
        AudienceConfig config = AudienceConfig.of(URI.create(backend.baseUrl()), live.showId(), 0)
                .withCurve(curve).withChurn(1.0);

        try (Audience audience = Audience.start(config)) {
            await().atMost(WAIT).until(() -> audience.stats().leaves() >= 10);
            AudienceStats stats = audience.stats();
            assertThat(stats.targetViewers()).isEqualTo(200);
            assertThat(stats.joins() - stats.leaves()).as("members, give or take a tick in progress").isBetween(195L, 200L);
            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(producer.live(live.showId()).sockets()).isBetween(190L, 200L));
        }
    }

    @Test
    void viewersReconnectWhenTheServerRestartsAndReceiveTheNextFire() {
        int viewers = 200;
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        AudienceConfig config = AudienceConfig.of(URI.create(backend.baseUrl()), live.showId(), viewers)
                .withRampUp(Duration.ZERO).withReconnectBackoff(Duration.ofMillis(100))
                .withReactions(Duration.ofMillis(10), 0, Duration.ZERO, null);

        try (Audience audience = Audience.start(config)) {
            await().atMost(WAIT).until(() -> audience.stats().connected() == viewers);

            backend.restart();
            await().atMost(WAIT).until(() -> producer.live(live.showId()).sockets() == viewers);
            assertThat(audience.stats().reconnects()).isGreaterThanOrEqualTo(viewers);

            producer.fire(live.showId(), live.cueId(), false);
            await().atMost(WAIT).until(() -> audience.stats().cuesReceived() == viewers);
        }
    }

    @Test
    void viewersSpreadEvenlyOverSeveralNodes() {
        String showId = "spread-" + System.nanoTime();
        try (TestBackend second = TestBackend.start(); CuedeckClient other = second.client(TestBackend.PRODUCER)) {
            for (CuedeckClient node : List.of(producer, other)) {
                node.createShow(new NewShow(showId, "One show on two nodes", null, null));
                node.updateShow(showId, ShowPatch.status(ShowStatus.LIVE));
            }
            AudienceConfig config = AudienceConfig.of(URI.create(backend.baseUrl()), showId, 100)
                    .withRampUp(Duration.ZERO).withNodes(List.of(URI.create(second.baseUrl())));

            try (Audience audience = Audience.start(config)) {
                await().atMost(WAIT).until(() -> producer.live(showId).sockets() == 50 && other.live(showId).sockets() == 50);
                await().atMost(WAIT).until(() -> audience.stats().connected() == 100);
            }
        }
    }
}
