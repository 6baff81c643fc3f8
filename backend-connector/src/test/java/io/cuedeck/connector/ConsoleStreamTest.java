package io.cuedeck.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.connector.ConnectionState.Phase;
import io.cuedeck.connector.TestBackend.ShowAndCue;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.console.FireStarted;
import io.cuedeck.protocol.console.Tick;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The console stream against a real backend: live, events, restarts, refusals, closing. */
class ConsoleStreamTest extends WithFreshBackend {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void theStreamGoesLiveWithASnapshotThenTicksAndFireEventsOnOneListenerThread() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        RecordingListener heard = new RecordingListener();

        try (ConsoleStream stream = producer.openConsoleStream(live.showId(), heard)) {
            await().atMost(WAIT).until(() -> heard.snapshots.size() == 1 && heard.count(Tick.class) >= 2);
            assertThat(stream.state().isLive()).isTrue();
            assertThat(heard.phases()).startsWith(Phase.CONNECTING, Phase.LIVE);
            assertThat(heard.snapshots.get(0).showId()).isEqualTo(live.showId());

            FireReceipt receipt = producer.fire(live.showId(), live.cueId(), false);
            await().atMost(WAIT).until(() -> heard.events.stream()
                    .anyMatch(e -> e instanceof FireStarted f && f.fireId().equals(receipt.fireId())));
        }
        assertThat(heard.phase()).isEqualTo(Phase.CLOSED);
        assertThat(heard.threads).singleElement().satisfies(name -> assertThat(name).startsWith("cuedeck-console-" + live.showId()));
    }

    @Test
    void afterTheServerRestartsOnTheSamePortTheStreamComesBackWithAFreshSnapshotAndTicks() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        RecordingListener heard = new RecordingListener();
        CuedeckClient client = CuedeckClient.create(ClientConfig.of(backend.baseUrl(), TestBackend.HOST)
                .withStreamReconnect(new RetryPolicy(40, Duration.ofMillis(100), Duration.ofMillis(500))));

        try (client; ConsoleStream stream = client.openConsoleStream(live.showId(), heard)) {
            await().atMost(WAIT).until(() -> heard.snapshots.size() == 1 && heard.count(Tick.class) >= 1);

            backend.stop();
            await().atMost(WAIT).until(() -> stream.state().phase() == Phase.RECONNECTING);
            ConnectionState reconnecting = stream.state();
            assertThat(reconnecting.attempt()).isGreaterThanOrEqualTo(1);
            assertThat(reconnecting.reason()).isNotBlank();
            long ticksBefore = heard.count(Tick.class);

            backend.restart();
            await().atMost(WAIT).until(() -> stream.state().isLive() && heard.snapshots.size() == 2);
            await().atMost(WAIT).until(() -> heard.count(Tick.class) >= ticksBefore + 2);
            assertThat(heard.states).anySatisfy(s -> {
                assertThat(s.phase()).isEqualTo(Phase.RECONNECTING);
                assertThat(s.nextAttemptAt()).isAfter(Instant.now().minusSeconds(60));
            });
        }
    }

    @Test
    void aWrongTokenLosesTheStreamAtOnceWithTheServersReason() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        RecordingListener heard = new RecordingListener();

        try (CuedeckClient stranger = backend.client("wrong-token");
             ConsoleStream stream = stranger.openConsoleStream(live.showId(), heard)) {
            await().atMost(WAIT).until(() -> stream.state().phase() == Phase.LOST);
            // the listener hears the state on its own thread, a moment after it is taken
            await().atMost(WAIT).until(() -> heard.phases().contains(Phase.LOST));
            assertThat(stream.state().reason()).isNotBlank();
            assertThat(heard.snapshots).isEmpty();
            assertThat(heard.phases()).as("no series of hopeless tries").containsExactly(Phase.CONNECTING, Phase.LOST);
        }
    }

    @Test
    void aServerThatNeverComesBackIsLostAfterTheBoundedTries() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        RecordingListener heard = new RecordingListener();
        CuedeckClient client = CuedeckClient.create(ClientConfig.of(backend.baseUrl(), TestBackend.PRODUCER)
                .withRetry(RetryPolicy.NO_WAIT)
                .withStreamReconnect(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(50))));

        try (client; ConsoleStream stream = client.openConsoleStream(live.showId(), heard)) {
            await().atMost(WAIT).until(() -> stream.state().isLive());
            backend.stop();

            await().atMost(WAIT).until(() -> stream.state().phase() == Phase.LOST);
            assertThat(stream.state().reason()).contains("3 tries");
            assertThat(heard.states).filteredOn(s -> s.phase() == Phase.RECONNECTING)
                    .extracting(ConnectionState::attempt).contains(1, 2, 3).doesNotContain(4);

            backend.restart();
            stream.reconnectNow();
            await().atMost(WAIT).untilAsserted(() -> assertThat(stream.state().isLive() && heard.snapshots.size() == 2)
                    .as("live again with a fresh snapshot, after %s", heard.states).isTrue());
        }
    }
}
