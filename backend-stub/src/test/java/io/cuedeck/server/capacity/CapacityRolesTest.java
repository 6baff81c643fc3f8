package io.cuedeck.server.capacity;

import static io.cuedeck.server.capacity.CapacityServer.AUTOMATION;
import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.http.RouteCatalog.Route;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may call what, for every route of the server and every role: the capacity routes as the
 * issue gives them, and the automation token (what a push server holds) refused with 403 by every
 * route except boost-now and reading capacity. A refused call changes nothing.
 */
class CapacityRolesTest {

    @RegisterExtension
    static final CapacityServer server = CapacityServer.perClass(Map.of());
    private static final Api api = server.api();

    private static final Map<String, String> TOKENS = Map.of("producer", PRODUCER, "host", HOST, "manager", MANAGER,
            "automation", AUTOMATION);

    /** The capacity routes and who may call each: the matrix, written out. */
    private static final Map<String, Set<String>> CAPACITY = Map.ofEntries(
            Map.entry("GET /api/v1/boosts", Set.of("producer", "host", "manager", "automation")),
            Map.entry("POST /api/v1/boosts", Set.of("producer")),
            Map.entry("GET /api/v1/boosts/{boostId}", Set.of("producer", "host", "manager", "automation")),
            Map.entry("PUT /api/v1/boosts/{boostId}", Set.of("producer")),
            Map.entry("DELETE /api/v1/boosts/{boostId}", Set.of("producer")),
            Map.entry("POST /api/v1/boosts/import", Set.of("producer")),
            Map.entry("POST /api/v1/boosts/now", Set.of("producer", "host", "automation")),
            Map.entry("GET /api/v1/capacity", Set.of("producer", "host", "manager", "automation")),
            Map.entry("GET /api/v1/capacity/plan", Set.of("producer", "host", "manager", "automation")),
            Map.entry("GET /api/v1/capacity/subscriptions", Set.of("producer", "host", "manager")),
            Map.entry("DELETE /api/v1/capacity/subscriptions/{subscriptionId}", Set.of("producer")));

    @Test
    void everyCapacityRouteAdmitsExactlyItsRolesAndRefusesTheOthersWith403() {
        List<Route> routes = server.server().routes();
        for (String route : CAPACITY.keySet()) {
            assertThat(routes).as(route + " is served").anyMatch(r -> (r.method() + " " + r.path()).equals(route));
        }
        String show = new Fixtures(api).draftShow();
        String before = state();
        for (Map.Entry<String, Set<String>> e : CAPACITY.entrySet()) {
            String[] parts = e.getKey().split(" ", 2);
            String path = concrete(parts[1], show);
            for (Map.Entry<String, String> token : TOKENS.entrySet()) {
                Response r = api.send(parts[0], path, token.getValue(), null, Map.of());
                if (e.getValue().contains(token.getKey())) {
                    assertThat(r.status()).as(token.getKey() + " may " + e.getKey() + ": " + r.body())
                            .isNotIn(401, 403);
                } else {
                    assertThat(r.status()).as(token.getKey() + " may not " + e.getKey()).isEqualTo(403);
                    assertThat(r.error()).isEqualTo("forbidden");
                }
            }
            assertThat(api.send(parts[0], path, null, null, Map.of()).status()).as("no token: " + e.getKey())
                    .isEqualTo(401);
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theAutomationTokenIsRefusedWith403ByEveryOtherRouteThatNeedsAToken() throws Exception {
        String show = new Fixtures(api).liveShow();
        String before = state();
        int checked = 0;
        for (Route route : server.server().routes()) {
            String key = route.method() + " " + route.path();
            // GET /api/v1/me answers every role (RoleMatrixTest checks what it says)
            if (route.roles().equals("none") || CAPACITY.containsKey(key) || key.equals("GET /api/v1/me")) {
                continue;
            }
            String path = concrete(route.path(), show);
            if (route.method().equals("WS")) {
                assertThat(upgradeStatus(path)).as(key).isEqualTo(403);
            } else {
                Response r = api.send(route.method(), path, AUTOMATION, "{}", Map.of("Idempotency-Key", "k-1"));
                assertThat(r.status()).as(key + ": " + r.body()).isEqualTo(403);
                assertThat(r.json().get("message").asText()).contains("automation");
            }
            checked++;
        }
        assertThat(checked).as("every producer route before capacity").isGreaterThanOrEqualTo(18);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void routesThatNeedNoTokenStayOpenWhateverTokenComes() {
        assertThat(api.get("/health", AUTOMATION).status()).isEqualTo(200);
        assertThat(api.get("/metrics", AUTOMATION).status()).isEqualTo(200);
    }

    private static String concrete(String path, String show) {
        return path.replace("{showId}", show).replace("{cueId}", "nope").replace("{fireId}", "nope")
                .replace("{boostId}", "nope").replace("{subscriptionId}", "nope");
    }

    private static int upgradeStatus(String path) throws Exception {
        try {
            HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create(server.wsBase() + path + "?token=" + AUTOMATION), new java.net.http.WebSocket.Listener() {
                    }).get(10, TimeUnit.SECONDS).abort();
            return 101;
        } catch (java.util.concurrent.ExecutionException | CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h) {
                return h.getResponse().statusCode();
            }
            throw e;
        }
    }

    /** Everything a refused call could have changed. */
    private static String state() {
        return api.get("/api/v1/shows", PRODUCER).body() + api.get("/api/v1/boosts", PRODUCER).body()
                + api.get("/api/v1/capacity/subscriptions", PRODUCER).body();
    }
}
