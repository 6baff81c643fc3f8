package io.cuedeck.console.rundown;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.FireReceipt;
import java.time.Instant;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The line under the fire controls: a number the backend gave is marked stale while the link is down. */
class FireOutcomeTest {

    private final SimpleObjectProperty<ConnectionState> link = new SimpleObjectProperty<>(ConnectionState.live());
    private final FireOutcome outcome = new FireOutcome(new I18n(Locale.ENGLISH), link);

    private void sent() {
        outcome.sent(new FireReceipt("fire-1", "cue-1", Instant.parse("2026-11-21T21:00:00Z"),
                Instant.parse("2026-11-21T21:00:30Z"), 18_204));
    }

    @Test
    void theSentLineIsStaleWhileTheLinkIsDownAndCurrentWhenItIsBack() {
        sent();
        assertThat(outcome.staleProperty().get()).isFalse();
        link.set(ConnectionState.reconnecting(1, null, "Connection refused"));
        assertThat(outcome.staleProperty().get()).isTrue();
        assertThat(outcome.textProperty().get()).as("the words stay").contains("18,204");
        link.set(ConnectionState.live());
        assertThat(outcome.staleProperty().get()).isFalse();
    }

    @Test
    void anErrorIsNeverDimmedItIsNewsAboutTheLinkItself() {
        link.set(ConnectionState.lost("gave up"));
        outcome.failed(new IllegalStateException("The backend did not answer."));
        assertThat(outcome.staleProperty().get()).isFalse();
    }
}
