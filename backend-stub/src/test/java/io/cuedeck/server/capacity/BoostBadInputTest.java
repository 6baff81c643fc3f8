package io.cuedeck.server.capacity;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input to every capacity route: a 4xx with a JSON error, never a 5xx, and nothing stored. */
class BoostBadInputTest {

    @RegisterExtension
    static final CapacityServer server = CapacityServer.perClass(Map.of());
    private static final Api api = server.api();
    private static String boost;

    @BeforeAll
    static void aBoost() {
        java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(2))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES); // stays planned: the scheduler leaves it alone
        boost = api.post("/api/v1/boosts", PRODUCER, Map.of("title", "existing", "start", start.toString(),
                "end", start.plusSeconds(3600).toString(), "targetUnits", 2)).json().get("id").asText();
    }

    private static String state() {
        return api.get("/api/v1/boosts?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z", PRODUCER).body()
                + api.get("/api/v1/boosts", PRODUCER).json().size() + api.get("/api/v1/boosts/" + boost, PRODUCER)
                .json().get("version") + api.get("/api/v1/capacity/subscriptions", PRODUCER).body();
    }

    static Stream<Arguments> bad() {
        List<Arguments> out = new ArrayList<>();
        for (String path : List.of("/api/v1/boosts", "/api/v1/boosts/now", "PUT /api/v1/boosts/BOOST")) {
            for (String body : List.of("{", "[]", "42", "\"x\"", "null", "{\"title\":\"a\"} x", "{\"title\":\"a\",\"title\":\"b\"}",
                    "{\"title\":5}", "{\"reason\":true}", "{\"targetUnits\":\"3\"}", "{\"targetUnits\":2.5}",
                    "{\"expectedViewers\":99999999999999999999}", "{\"start\":12}", "{\"start\":\"tonight\"}",
                    "{\"colour\":\"red\"}", "{\"holdMinutes\":[1]}", "{\"showId\":{}}")) {
                out.add(Arguments.of(path, body, 400));
            }
            out.add(Arguments.of(path, "{\"title\":\"" + "x".repeat(70 * 1024) + "\"}", 413));
        }
        out.add(Arguments.of("/api/v1/boosts/import", "{\"url\":5}", 400));
        out.add(Arguments.of("/api/v1/boosts/import", "{\"url\":\"\"}", 400));
        out.add(Arguments.of("/api/v1/boosts/import", "{\"file\":\"x\"}", 400));
        out.add(Arguments.of("/api/v1/boosts/import", "{", 400));
        out.add(Arguments.of("/api/v1/boosts/import", "", 400));
        out.add(Arguments.of("/api/v1/boosts/import", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR", 400));
        out.add(Arguments.of("PUT /api/v1/boosts/nope", "{\"title\":\"t\"}", 404));
        out.add(Arguments.of("DELETE /api/v1/boosts/a%20b", null, 404));
        out.add(Arguments.of("DELETE /api/v1/capacity/subscriptions/nope", null, 404));
        out.add(Arguments.of("GET /api/v1/capacity?showId=nope", null, 404));
        out.add(Arguments.of("GET /api/v1/capacity/plan?to=1", null, 400));
        out.add(Arguments.of("DELETE /api/v1/capacity", null, 405));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("bad")
    void aBadRequestGetsA4xxWithAJsonErrorAndChangesNothing(String route, String body, int status) {
        String before = state();
        String method = route.startsWith("/") ? "POST" : route.substring(0, route.indexOf(' '));
        String path = (route.startsWith("/") ? route : route.substring(route.indexOf(' ') + 1)).replace("BOOST", boost);

        Response r = api.send(method, path, PRODUCER, body, Map.of());

        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().get("error").asText()).isNotBlank().isNotEqualTo("internal");
        assertThat(r.json().get("message").asText()).isNotBlank();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void noneOfThemWasAnsweredWithA5xx() {
        bad().forEach(a -> aBadRequestGetsA4xxWithAJsonErrorAndChangesNothing((String) a.get()[0], (String) a.get()[1],
                (int) a.get()[2]));

        assertThat(api.get("/metrics", null).body().lines().filter(l -> l.startsWith("http_server_requests_seconds_count")))
                .isNotEmpty().noneMatch(l -> l.contains("status=\"5"));
    }
}
