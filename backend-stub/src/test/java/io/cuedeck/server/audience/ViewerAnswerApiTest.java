package io.cuedeck.server.audience;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP fallbacks for viewers without a socket: ack and answer. */
class ViewerAnswerApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);

    private static Response answer(String show, String fire, Map<String, Object> body) {
        return api.post("/v1/shows/" + show + "/fires/" + fire + "/answer", null, body);
    }

    private static Response report(String show, String fire) {
        return api.get("/api/v1/shows/" + show + "/fires/" + fire + "/report", PRODUCER);
    }

    @Test
    void anAnswerIsAcceptedOnceAndCountedInTheReport() {
        String show = fixtures.liveShow();
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        String viewer = UUID.randomUUID().toString();

        Response first = answer(show, fire, Map.of("viewerId", viewer, "choice", 1));
        Response second = answer(show, fire, Map.of("viewerId", viewer, "choice", 2));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("type").asText()).isEqualTo("accepted");
        assertThat(first.json().get("fireId").asText()).isEqualTo(fire);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.error()).isEqualTo("duplicate");
        assertThat(report(show, fire).json().get("answers").asLong()).isEqualTo(1);
        assertThat(report(show, fire).json().get("distribution").toString()).isEqualTo("[0,1,0]");
    }

    @Test
    void anAnswerAfterTheWindowClosedIsRefused() {
        String show = fixtures.liveShow();
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        api.post("/api/v1/shows/" + show + "/fires/" + fire + "/close", PRODUCER, null);

        Response late = answer(show, fire, Map.of("viewerId", UUID.randomUUID().toString(), "choice", 0));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.error()).isEqualTo("closed");
        assertThat(report(show, fire).json().get("answers").asLong()).isZero();
    }

    @Test
    void anAnswerThatDoesNotFitTheCueIsRefusedAndTheViewerMayStillAnswer() {
        String show = fixtures.liveShow();
        String poll = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        String question = api.fire(show, fixtures.question(show)).get("fireId").asText();
        String viewer = UUID.randomUUID().toString();

        assertThat(answer(show, poll, Map.of("viewerId", viewer, "choice", 3)).status()).isEqualTo(400);
        assertThat(answer(show, poll, Map.of("viewerId", viewer, "choice", -1)).status()).isEqualTo(400);
        assertThat(answer(show, poll, Map.of("viewerId", viewer, "text", "red")).status()).isEqualTo(400);
        assertThat(answer(show, poll, Map.of("viewerId", viewer)).status()).isEqualTo(400);
        assertThat(answer(show, question, Map.of("viewerId", viewer, "text", "x".repeat(501))).status()).isEqualTo(400);
        assertThat(answer(show, question, Map.of("viewerId", viewer, "text", "   ")).status()).isEqualTo(400);
        assertThat(answer(show, question, Map.of("viewerId", viewer, "choice", 0)).status()).isEqualTo(400);

        assertThat(answer(show, poll, Map.of("viewerId", viewer, "choice", 2)).status()).isEqualTo(200);
        assertThat(answer(show, question, Map.of("viewerId", viewer, "text", "Why 問?")).status()).isEqualTo(200);
        assertThat(report(show, question).json().get("answers").asLong()).isEqualTo(1);
    }

    @Test
    void anAnnouncementTakesNoAnswers() {
        String show = fixtures.liveShow();
        String cue = fixtures.cue(show, Map.of("kind", "announcement", "prompt", Map.of("en", "Back soon")));
        String fire = api.fire(show, cue).get("fireId").asText();

        Response r = answer(show, fire, Map.of("viewerId", UUID.randomUUID().toString(), "text", "ok"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(report(show, fire).json().get("answers").asLong()).isZero();
    }

    @Test
    void unknownFiresShowsAndViewerIdsAreRefused() {
        String show = fixtures.liveShow();
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        String viewer = UUID.randomUUID().toString();

        assertThat(answer(show, "nope", Map.of("viewerId", viewer, "choice", 0)).status()).isEqualTo(404);
        assertThat(answer("nope", fire, Map.of("viewerId", viewer, "choice", 0)).status()).isEqualTo(404);
        assertThat(answer(show, fire, Map.of("viewerId", "v1", "choice", 0)).field()).isEqualTo("viewerId");
        assertThat(api.post("/v1/shows/" + show + "/fires/nope/ack", null, Map.of("viewerId", viewer)).status())
                .isEqualTo(404);
        assertThat(api.post("/v1/shows/" + show + "/fires/" + fire + "/ack", null, Map.of("viewerId", "x")).status())
                .isEqualTo(400);
        assertThat(report(show, fire).json().get("answers").asLong()).isZero();
    }

    @Test
    void onlyTheFirstAckOfAViewerCounts() {
        String show = fixtures.liveShow();
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        String viewer = UUID.randomUUID().toString();
        String path = "/v1/shows/" + show + "/fires/" + fire + "/ack";

        assertThat(api.post(path, null, Map.of("viewerId", viewer)).status()).isEqualTo(204);
        assertThat(api.post(path, null, Map.of("viewerId", viewer)).status()).isEqualTo(204);
        assertThat(api.post(path, null, Map.of("viewerId", UUID.randomUUID().toString())).status()).isEqualTo(204);

        assertThat(report(show, fire).json().get("acks").asLong()).isEqualTo(2);
    }
}
