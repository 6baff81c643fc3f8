package io.cuedeck.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.connector.TestBackend.ShowAndCue;
import io.cuedeck.connector.audience.Audience;
import io.cuedeck.connector.audience.AudienceConfig;
import io.cuedeck.protocol.FireReceipt;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fire whose answer is lost on the way back is retried with its key and goes out once. */
class FireRetryTest {

    private static final int VIEWERS = 40;

    @RegisterExtension
    static final RealBackend SERVER = new RealBackend();

    @Test
    void aFireWhoseAnswerTimesOutIsRetriedWithTheSameKeyAndReachesEveryViewerOnce() {
        TestBackend backend = SERVER.backend();
        CuedeckClient producer = SERVER.producer();
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        List<String> keysSent = new CopyOnWriteArrayList<>();
        AtomicBoolean loseNextAnswer = new AtomicBoolean(true);
        Interceptor losesTheFirstAnswer = chain -> {
            keysSent.add(chain.request().header("Idempotency-Key"));
            Response response = chain.proceed(chain.request()); // the request did reach the real server
            if (loseNextAnswer.getAndSet(false)) {
                response.close();
                throw new SocketTimeoutException("injected: the answer was lost on the way back");
            }
            return response;
        };
        AudienceConfig crowd = AudienceConfig.of(URI.create(backend.baseUrl()), live.showId(), VIEWERS)
                .withRampUp(Duration.ZERO).withReactions(Duration.ofMillis(10), 0, Duration.ZERO, null);

        try (Audience audience = Audience.start(crowd);
             CuedeckClient flaky = CuedeckClient.create(ClientConfig.of(backend.baseUrl(), TestBackend.PRODUCER)
                     .withRetry(RetryPolicy.NO_WAIT), http -> http.addInterceptor(losesTheFirstAnswer))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> producer.live(live.showId()).sockets() == VIEWERS);

            FireReceipt receipt = flaky.fire(live.showId(), live.cueId(), false);

            assertThat(keysSent).hasSize(2);
            assertThat(keysSent.get(1)).isEqualTo(keysSent.get(0)).isNotBlank();
            assertThat(producer.showReport(live.showId()).fires()).as("the server recorded one fire").hasSize(1)
                    .first().satisfies(fire -> assertThat(fire.fireId()).isEqualTo(receipt.fireId()));
            assertThat(receipt.targeted()).isEqualTo(VIEWERS);
            await().atMost(Duration.ofSeconds(10)).until(() -> audience.stats().acksSent() == VIEWERS);
            assertThat(audience.stats().cuesReceived()).as("one cue per viewer: one broadcast").isEqualTo(VIEWERS);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(producer.fireReport(live.showId(), receipt.fireId()).delivered()).isEqualTo(VIEWERS));
        }
    }
}
