package io.cuedeck.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cuedeck.connector.TestBackend.ShowAndCue;
import io.cuedeck.protocol.AuditPage;
import io.cuedeck.protocol.Control;
import io.cuedeck.protocol.console.ControlChanged;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A console's id on its requests and stream: take-control and the audit trail through the typed client. */
class ControlAndAuditTest extends WithFreshBackend {

    private CuedeckClient console(String token) {
        return CuedeckClient.create(ClientConfig.of(backend.baseUrl(), token).withRetry(RetryPolicy.NO_WAIT)
                .withConsoleId(ClientConfig.newConsoleId()));
    }

    @Test
    void theConsoleThatTakesHoldsControlAndIsToldSoOnItsStreamWhileAnotherIsRefusedInWords() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        RecordingListener heard = new RecordingListener();
        try (CuedeckClient a = console(TestBackend.PRODUCER); CuedeckClient b = console(TestBackend.HOST);
                ConsoleStream stream = a.openConsoleStream(live.showId(), heard)) {
            a.fire(live.showId(), live.cueId(), false);

            await().atMost(Duration.ofSeconds(10)).until(() -> heard.events.stream().anyMatch(e ->
                    e instanceof ControlChanged c && c.holder() != null && c.holder().you()));
            Control seenByB = b.control(live.showId());
            assertThat(seenByB.holder().you()).isFalse();
            assertThat(seenByB.holder().name()).isEqualTo("producer-1");
            assertThatThrownBy(() -> b.fire(live.showId(), live.cueId(), true))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not_in_control"))
                    .hasMessageStartingWith("producer-1 has control of this show on another console");

            assertThat(b.controlStep(live.showId(), "request").requester().you()).isTrue();
            assertThat(a.controlStep(live.showId(), "accept").holder().name()).isEqualTo("host-1");
            assertThat(b.fire(live.showId(), live.cueId(), true).cueId()).isEqualTo(live.cueId());
        }
    }

    @Test
    void theAuditTrailIsReadPageByPage() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        AuditPage first = producer.audit(live.showId(), null, 2);
        assertThat(first.entries()).extracting(e -> e.action()).containsExactly("show.live", "cue.created");
        AuditPage rest = producer.audit(live.showId(), first.next(), 2);
        assertThat(rest.entries()).extracting(e -> e.action()).containsExactly("show.created");
        assertThat(rest.next()).isNull();
    }
}
