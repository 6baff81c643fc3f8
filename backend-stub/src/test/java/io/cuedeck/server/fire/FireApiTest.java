package io.cuedeck.server.fire;

import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FireApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String fires(String show) {
        return "/api/v1/shows/" + show + "/fires";
    }

    @Test
    void aFireAnswers202WithItsReceipt() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);

        Response r = api.fire(show, cue, HOST, key(), null);

        assertThat(r.status()).isEqualTo(202);
        JsonNode receipt = r.json();
        assertThat(receipt.get("fireId").asText()).isNotBlank();
        assertThat(receipt.get("cueId").asText()).isEqualTo(cue);
        assertThat(receipt.get("targeted").asLong()).isZero();
        Instant firedAt = Instant.parse(receipt.get("firedAt").asText());
        assertThat(Instant.parse(receipt.get("closesAt").asText())).isEqualTo(firedAt.plusSeconds(60));
        JsonNode listed = api.get(fires(show), MANAGER).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("fireId").asText()).isEqualTo(receipt.get("fireId").asText());
        assertThat(listed.get(0).has("closedAt")).isFalse();
    }

    @Test
    void theSameKeyAgainAnswersTheIdenticalBodyAndFiresNothing() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        String key = key();

        Response first = api.fire(show, cue, PRODUCER, key, null);
        Response again = api.fire(show, cue, HOST, key, Map.of("refire", true));

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(api.get(fires(show), PRODUCER).json()).hasSize(1);
    }

    @Test
    void theSameKeyForAnotherCueIsAConflict() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        String other = fixtures.poll(show);
        String key = key();
        api.fire(show, cue, PRODUCER, key, null);

        Response r = api.fire(show, other, PRODUCER, key, null);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.error()).isEqualTo("conflict");
        assertThat(api.get(fires(show), PRODUCER).json()).hasSize(1);
    }

    @Test
    void aFireNeedsAValidIdempotencyKey() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);

        Response missing = api.fire(show, cue, PRODUCER, null, null);
        Response tooLong = api.fire(show, cue, PRODUCER, "k".repeat(129), null);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.field()).isEqualTo("Idempotency-Key");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(api.fire(show, cue, PRODUCER, "k".repeat(128), null).status()).isEqualTo(202);
    }

    @Test
    void firingInAShowThatIsNotLiveIsAConflictAndTheKeyCanBeRetriedOnceLive() {
        String show = fixtures.draftShow();
        String cue = fixtures.poll(show);
        String key = key();

        Response r = api.fire(show, cue, PRODUCER, key, null);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.error()).isEqualTo("not_live");
        assertThat(r.json().get("message").asText()).contains("draft");
        api.patch("/api/v1/shows/" + show, PRODUCER, Map.of("status", "live"));
        assertThat(api.fire(show, cue, PRODUCER, key, null).status()).isEqualTo(202);
    }

    @Test
    void anUnknownShowOrCueIsNotFound() {
        String show = fixtures.liveShow();

        assertThat(api.fire(show, "nope", PRODUCER, key(), null).status()).isEqualTo(404);
        assertThat(api.fire("nope", "nope", PRODUCER, key(), null).status()).isEqualTo(404);
        assertThat(api.post(fires(show) + "/nope/close", HOST, null).status()).isEqualTo(404);
        assertThat(api.post(fires(show) + "/nope/reveal", HOST, null).status()).isEqualTo(404);
    }

    @Test
    void aCueWhoseWindowIsOpenCannotBeFiredAgainUnlessRefired() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        String first = api.fire(show, cue).get("fireId").asText();

        Response again = api.fire(show, cue, PRODUCER, key(), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).isEqualTo("already_open");
        assertThat(again.json().get("message").asText()).contains("refire");

        Response refire = api.fire(show, cue, PRODUCER, key(), Map.of("refire", true));
        assertThat(refire.status()).isEqualTo(202);
        JsonNode list = api.get(fires(show), PRODUCER).json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("fireId").asText()).isEqualTo(first);
        assertThat(list.get(0).has("closedAt")).isTrue();
        assertThat(list.get(1).has("closedAt")).isFalse();
    }

    @Test
    void aHostClosesAWindowEarlyAndASecondCloseChangesNothing() {
        String show = fixtures.liveShow();
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();

        JsonNode closed = api.post(fires(show) + "/" + fire + "/close", HOST, null).json();
        JsonNode again = api.post(fires(show) + "/" + fire + "/close", PRODUCER, null).json();

        assertThat(closed.get("closedAt").asText()).isNotBlank();
        assertThat(again.get("closedAt").asText()).isEqualTo(closed.get("closedAt").asText());
        assertThat(api.get("/api/v1/shows/" + show + "/live", HOST).json().get("openFires")).isEmpty();
    }

    @Test
    void aRevealClosesThePollAndRecordsWhenResultsWentOut() {
        String show = fixtures.liveShow();
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();

        JsonNode revealed = api.post(fires(show) + "/" + fire + "/reveal", HOST, null).json();
        JsonNode again = api.post(fires(show) + "/" + fire + "/reveal", HOST, null).json();

        assertThat(revealed.get("closedAt").asText()).isNotBlank();
        assertThat(revealed.get("revealedAt").asText()).isNotBlank();
        assertThat(again.get("revealedAt").asText()).isEqualTo(revealed.get("revealedAt").asText());
    }

    @Test
    void onlyPollsAndQuizzesHaveResultsToReveal() {
        String show = fixtures.liveShow();
        String fire = api.fire(show, fixtures.question(show)).get("fireId").asText();

        Response r = api.post(fires(show) + "/" + fire + "/reveal", PRODUCER, null);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("message").asText()).contains("polls and quizzes");
    }

    @Test
    void aWindowClosesByItselfAfterItsAnswerSeconds() {
        String show = fixtures.liveShow();
        String cue = fixtures.cue(show, Map.of("kind", "announcement", "prompt", Map.of("en", "Stay tuned"),
                "answerSeconds", 5));
        String fire = api.fire(show, cue).get("fireId").asText();

        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get(fires(show), PRODUCER).json().get(0).has("closedAt"));
        JsonNode closed = api.get(fires(show), PRODUCER).json().get(0);
        assertThat(closed.get("fireId").asText()).isEqualTo(fire);
        assertThat(closed.get("closedAt").asText()).isEqualTo(closed.get("closesAt").asText());
    }

    @Test
    void managersCannotFireCloseOrRevealAndNobodyWithoutAToken() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        String fire = api.fire(show, cue).get("fireId").asText();

        assertThat(api.fire(show, cue, MANAGER, key(), Map.of("refire", true)).status()).isEqualTo(403);
        assertThat(api.fire(show, cue, null, key(), null).status()).isEqualTo(401);
        assertThat(api.post(fires(show) + "/" + fire + "/close", MANAGER, null).status()).isEqualTo(403);
        assertThat(api.post(fires(show) + "/" + fire + "/reveal", MANAGER, null).status()).isEqualTo(403);
        assertThat(api.get(fires(show), PRODUCER).json().get(0).has("closedAt")).isFalse();
    }
}
