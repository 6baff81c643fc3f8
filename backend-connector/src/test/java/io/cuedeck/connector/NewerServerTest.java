package io.cuedeck.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An older console keeps working against a newer server: fields and enum values it does not know
 * are ignored rather than fatal. A tiny loopback server plays the newer server.
 */
class NewerServerTest {

    @Test
    void aShowWithFieldsThisClientDoesNotKnowStillReads() throws Exception {
        String newer = "{\"id\":\"s1\",\"title\":\"Finale\",\"status\":\"live\",\"createdAt\":\"2030-05-01T19:00:00Z\","
                + "\"capacity\":{\"nodes\":4,\"boostedUntil\":\"2030-05-01T21:00:00Z\"},\"sponsor\":\"ACME\"}";
        try (LoopbackHttpServer server = LoopbackHttpServer.answering(200, "application/json", newer);
             CuedeckClient client = CuedeckClient.create(ClientConfig.of(server.baseUrl(), "t")
                     .withRequestTimeout(Duration.ofSeconds(5)))) {
            Show show = client.show("s1");

            assertThat(show.title()).isEqualTo("Finale");
            assertThat(show.status()).isEqualTo(ShowStatus.LIVE);
        }
    }

    @Test
    void aStatusThisClientDoesNotKnowReadsAsNullInsteadOfFailingTheWholeList() throws Exception {
        String newer = "[{\"id\":\"s1\",\"title\":\"Rehearsal\",\"status\":\"archived\"},"
                + "{\"id\":\"s2\",\"title\":\"Tonight\",\"status\":\"draft\"}]";
        try (LoopbackHttpServer server = LoopbackHttpServer.answering(200, "application/json", newer);
             CuedeckClient client = CuedeckClient.create(ClientConfig.of(server.baseUrl(), "t"))) {
            assertThat(client.shows()).extracting(Show::status).containsExactly(null, ShowStatus.DRAFT);
        }
    }
}
