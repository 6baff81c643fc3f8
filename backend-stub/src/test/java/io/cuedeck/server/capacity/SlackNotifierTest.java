package io.cuedeck.server.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostEvent;
import io.cuedeck.protocol.capacity.BoostSource;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.server.Json;
import io.cuedeck.server.capacity.provider.LoopbackReceiver;
import io.cuedeck.server.capacity.provider.LoopbackReceiver.Answer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slack notifications against a loopback webhook that fails, answers 429 with Retry-After, then takes them. */
class SlackNotifierTest {

    private final LoopbackReceiver slack = new LoopbackReceiver();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SlackNotifier notifier = new SlackNotifier(slack.url("/services/T000/B000/XXXX"), meters);
    private final Instant t = Instant.parse("2026-12-04T19:00:00Z");
    private final Boost boost = new Boost("b1", "evening-news", "Evening news", t.plusSeconds(3600),
            t.plusSeconds(3 * 3600), null, 58_000L, 12, 60, null, BoostSource.CALENDAR, BoostStatus.READY, null, null,
            t.plusSeconds(180), null, List.of(), t, t, 3);

    @AfterEach
    void close() {
        notifier.close();
        slack.close();
    }

    @Test
    void aMessageGoesOutAfterA5xxAndA429WaitingWhatRetryAfterSays() throws Exception {
        slack.then(Answer.of(500, "error"), new Answer(429, Map.of("Retry-After", "1"), "rate_limited"));

        notifier.boostChanged(boost, new BoostEvent(t.plusSeconds(180), BoostStatus.READY, "12 units ready."));

        await().atMost(Duration.ofSeconds(20)).until(() -> slack.received().size() == 3);
        await().atMost(Duration.ofSeconds(5)).until(() -> meters.counter("cuedeck.capacity.notifications", "outcome", "sent").count() == 1);
        JsonNode message = Json.mapper().readTree(slack.received().get(2).body());
        assertThat(message.get("text").asText()).contains("Capacity ready: Evening news");
        assertThat(message.get("blocks").get(0).get("type").asText()).isEqualTo("header");
        String fields = message.get("blocks").get(1).get("fields").toString();
        assertThat(fields).contains("*Show*\\nevening-news", "*Target*\\n12 units (58,000 viewers)",
                "*Ready at*\\n2026-12-04T19:03:00Z");
    }

    @Test
    void aFailureCarriesTheErrorInItsOwnSection() throws Exception {
        notifier.boostChanged(boost, new BoostEvent(t, BoostStatus.FAILED, "AWS Auto Scaling answered Throttling."));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.received().size() == 1);
        JsonNode message = Json.mapper().readTree(slack.received().get(0).body());
        assertThat(message.get("text").asText()).startsWith("Boost FAILED: Evening news");
        assertThat(message.get("blocks").get(2).get("text").get("text").asText())
                .isEqualTo("*Error*\nAWS Auto Scaling answered Throttling.");
    }

    @Test
    void aSlackThatHangsNeverHoldsUpTheCaller() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        slack.byDefault(r -> {
            try {
                hold.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Answer.of(200, "ok");
        });
        notifier.boostChanged(boost, new BoostEvent(t, BoostStatus.SCALING_UP, "first"));
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.received().size() == 1);

        for (int i = 0; i < 20; i++) { // returns at once while the first message is stuck in Slack
            notifier.boostChanged(boost, new BoostEvent(t, BoostStatus.READY, "more " + i));
        }

        hold.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> slack.received().size() == 21);
    }

    @Test
    void retryAfterIsReadInSecondsAndCapped() {
        assertThat(SlackNotifier.retryAfter("3")).isEqualTo(3_000);
        assertThat(SlackNotifier.retryAfter("9999")).isEqualTo(120_000);
        assertThat(SlackNotifier.retryAfter("soon")).isEqualTo(-1);
        assertThat(SlackNotifier.retryAfter(null)).isEqualTo(-1);
    }
}
