package io.cuedeck.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostDraft;
import io.cuedeck.protocol.capacity.BoostNow;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.protocol.capacity.CapacityPlan;
import io.cuedeck.protocol.capacity.CapacityState;
import io.cuedeck.protocol.capacity.ImportResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client's capacity methods against a real backend. */
class CapacityClientTest {

    @RegisterExtension
    static final RealBackend SERVER = new RealBackend();

    private final Instant start = Instant.now().plus(Duration.ofHours(4)).truncatedTo(ChronoUnit.MINUTES);

    private BoostDraft draft(String title) {
        return new BoostDraft(null, title, start, start.plus(Duration.ofHours(2)), null, 58_000L, 30);
    }

    @Test
    void aBoostIsAddedListedChangedCancelledAndPutBack() {
        CuedeckClient client = SERVER.producer();
        Boost b = client.addBoost(draft("Evening news"));
        assertThat(b.units()).isEqualTo(20); // 58,000 viewers at the default 3,000 a unit
        assertThat(client.boosts(null, null)).extracting(Boost::id).contains(b.id());
        assertThat(client.boost(b.id()).title()).isEqualTo("Evening news");

        Boost changed = client.updateBoost(b.id(), draft("Evening news, final"));
        client.cancelBoost(b.id());
        assertThat(client.boost(b.id()).status()).isEqualTo(BoostStatus.CANCELLED);
        Boost back = client.updateBoost(b.id(), changed.toDraft());

        assertThat(back.status()).isEqualTo(BoostStatus.PLANNED);
        assertThat(back.title()).isEqualTo("Evening news, final");
    }

    @Test
    void aRefusedBoostIsAValidationExceptionNamingTheField() {
        BoostDraft past = new BoostDraft(null, "Late", Instant.now().minusSeconds(600), Instant.now().plusSeconds(600),
                5, null, 0);

        assertThatThrownBy(() -> SERVER.producer().addBoost(past)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("start"));
    }

    @Test
    void boostNowTheCapacityStateAndThePlan() {
        CuedeckClient client = SERVER.producer();
        Boost now = client.boostNow(new BoostNow(3, null, 10, "Push at the goal", null));
        assertThat(now.status()).isEqualTo(BoostStatus.PLANNED);

        await().atMost(Duration.ofSeconds(20)).until(() -> client.capacity().desiredUnits() >= 3);
        CapacityState state = client.capacity();
        assertThat(state.provider()).isEqualTo("simulated");
        assertThat(state.viewersPerUnit()).isEqualTo(3_000);
        CapacityPlan plan = client.capacityPlan(Instant.now().minusSeconds(60), Instant.now().plusSeconds(600));
        assertThat(plan.units()).contains(3);
    }

    @Test
    void aCalendarFileIsPreviewedThenImported() {
        Instant at = start.plus(Duration.ofDays(1));
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:c1@test\r\n"
                + "DTSTART:" + at.toString().replace("-", "").replace(":", "") + "\r\n"
                + "DURATION:PT2H\r\nSUMMARY:Quiz night\r\nX-CUEDECK-VIEWERS:20000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        byte[] file = ics.getBytes(StandardCharsets.UTF_8);

        ImportResult preview = SERVER.producer().importCalendar(file, "Quiz", true);
        assertThat(preview.added()).extracting(Boost::title).containsExactly("Quiz night");
        assertThat(SERVER.producer().boosts(at.minusSeconds(60), at.plusSeconds(60))).isEmpty();

        ImportResult done = SERVER.producer().importCalendar(file, "Quiz", false);
        assertThat(done.added()).hasSize(1);
        assertThat(SERVER.producer().boosts(at.minusSeconds(60), at.plusSeconds(60))).extracting(Boost::units)
                .containsExactly(7); // 20,000 viewers at the default 3,000 a unit
        assertThatThrownBy(() -> SERVER.producer().importCalendarUrl("ftp://nowhere", true))
                .isInstanceOf(ValidationException.class);
        assertThat(SERVER.producer().calendarSubscriptions()).isEmpty();
    }
}
