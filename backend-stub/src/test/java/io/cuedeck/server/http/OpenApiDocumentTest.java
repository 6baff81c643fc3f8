package io.cuedeck.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.server.http.RouteCatalog.Route;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.OpenApiDocument;
import io.cuedeck.server.testing.ResponseSchemas;
import io.cuedeck.server.testing.TestServer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/openapi.yaml is the server's API: the same routes with the same roles as Javalin's own
 * router holds (collected from its handler events, {@link RouteCatalog}), and served as it is at
 * {@code /api/v1/openapi.yaml}. That every answer matches its schema is checked by every API test
 * through {@link ResponseSchemas}.
 */
class OpenApiDocumentTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void theDocumentListsExactlyTheServersRoutesWithTheirRoles() {
        Set<Route> served = new LinkedHashSet<>(server.server().routes());
        Set<Route> documented = new LinkedHashSet<>();
        for (OpenApiDocument.Operation op : OpenApiDocument.get().operations()) {
            documented.add(new Route(op.method(), op.path(), op.roles()));
        }

        List<String> problems = new ArrayList<>();
        for (Route route : served) {
            if (!documented.contains(route)) {
                problems.add(documentedAs(documented, route)
                        .map(d -> "roles differ for " + route.method() + " " + route.path() + ": the server has ["
                                + route.roles() + "], docs/openapi.yaml has [" + d.roles() + "]")
                        .orElse("missing from docs/openapi.yaml: " + route.method() + " " + route.path()
                                + " for roles [" + route.roles() + "] (add it under paths, with security "
                                + (route.roles().equals("none") ? "[]" : "[{bearerToken: [" + route.roles() + "]}]") + ")"));
            }
        }
        for (Route route : documented) {
            if (!served.contains(route) && documentedAs(served, route).isEmpty()) {
                problems.add("in docs/openapi.yaml but not served: " + route.method() + " " + route.path()
                        + " [" + route.roles() + "]");
            }
        }
        assertThat(problems).as("docs/openapi.yaml against the server's routes").isEmpty();
        assertThat(documented).hasSizeGreaterThan(40);
    }

    private static java.util.Optional<Route> documentedAs(Set<Route> in, Route route) {
        return in.stream().filter(r -> r.method().equals(route.method()) && r.path().equals(route.path())).findFirst();
    }

    @Test
    void theServerServesTheDocumentWithoutAToken() throws Exception {
        Api.Response r = server.api().get("/api/v1/openapi.yaml", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().get("content-type").get(0)).startsWith("application/yaml");
        assertThat(r.body()).isEqualTo(Files.readString(OpenApiDocument.FILE)).startsWith("openapi: 3.1.0");
        assertThat(OpenApiDocument.of(r.body()).operations()).extracting(o -> o.method() + " " + o.path())
                .contains("GET /api/v1/openapi.yaml", "POST /api/v1/shows/{showId}/cues/{cueId}/fire", "WS /v1/shows/{showId}/live");
    }

    @Test
    void aBodyThatBreaksItsSchemaFailsTheTestThatReceivedIt() {
        ResponseSchemas schemas = ResponseSchemas.get();
        String show = "{\"id\":\"abc\",\"title\":\"T\",\"status\":\"live\",\"createdAt\":\"2026-01-01T00:00:00Z\"}";
        schemas.check("GET", "/api/v1/shows/abc", 200, "application/json", show);
        schemas.check("GET", "/api/v1/shows", 200, "application/json", "[" + show + "]");

        assertThatThrownBy(() -> schemas.check("GET", "/api/v1/shows/abc", 200, "application/json",
                show.replace("\"live\"", "\"on air\""))).isInstanceOf(AssertionError.class).hasMessageContaining("status");
        assertThatThrownBy(() -> schemas.check("GET", "/api/v1/shows", 200, "application/json", show))
                .isInstanceOf(AssertionError.class).hasMessageContaining("array");
        assertThatThrownBy(() -> schemas.check("POST", "/v1/shows/abc/heartbeat", 204, "application/json", "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("says none");
        assertThatThrownBy(() -> schemas.check("GET", "/no/such/route", 404, "application/json", "{\"error\":\"x\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ApiError");
    }
}
