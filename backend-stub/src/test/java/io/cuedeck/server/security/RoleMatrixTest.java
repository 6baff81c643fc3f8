package io.cuedeck.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.http.RouteCatalog.Route;
import io.cuedeck.server.http.Tokens;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.RawHttp;
import io.cuedeck.server.testing.TestServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The role matrix: every route the server's router holds (read from Javalin, not a hand list),
 * every method (HEAD and OPTIONS too), every role's token, a wrong token and none. A role the
 * route does not admit gets 403 {@code forbidden}, no token or a wrong one 401 {@code
 * unauthorized}, an admitted role gets past the check (whatever the route then says about the
 * made-up ids), a method the path does not serve 405, and nothing is ever a 5xx. Routes that need
 * no token ignore one. Socket routes are checked by their upgrade.
 */
class RoleMatrixTest {

    private static final String AUTOMATION = "automation-token";
    /** A host token tied to a show that is not the matrix's: refused wherever a route's path names the matrix's show. */
    private static final String HOST_ELSEWHERE = "host-of-another-show";
    private static final String WRONG = "wrong-token-for-the-matrix";
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static TestServer server;
    private static Map<String, String> tokens;
    private static String show;

    @BeforeAll
    static void start() {
        server = TestServer.start(c -> c.withSource(ConfigSource.of(Map.of("CUEDECK_LOGIN_MAX_FAILURES", "1000000")))
                .withTokens(Tokens.parse("producer:" + TestServer.PRODUCER + ",host:" + TestServer.HOST + ",manager:"
                        + TestServer.MANAGER + ",automation:" + AUTOMATION + ",host@another-show:" + HOST_ELSEWHERE)));
        show = new Fixtures(server.api()).liveShow();
        tokens = new LinkedHashMap<>();
        tokens.put("producer", TestServer.PRODUCER);
        tokens.put("host", TestServer.HOST);
        tokens.put("manager", TestServer.MANAGER);
        tokens.put("automation", AUTOMATION);
        tokens.put("host-elsewhere", HOST_ELSEWHERE);
        tokens.put("wrong", WRONG);
        tokens.put("none", null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The route's path with the live show's id and made-up other ids (so nothing is really changed). */
    private static String concrete(String path) {
        return path.replace("{showId}", show).replaceAll("\\{[^}]+}", "nosuchid0000000x");
    }

    @Test
    void everyRouteAndMethodAnswersEachRoleAsItsRolesSay() {
        List<Route> routes = server.server().routes();
        Map<String, Set<String>> methodsByPath = routes.stream().filter(r -> !r.method().equals("WS"))
                .collect(Collectors.groupingBy(Route::path, Collectors.mapping(Route::method, Collectors.toSet())));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Set<String>> path : methodsByPath.entrySet()) {
            for (String method : METHODS) {
                String served = method.equals("HEAD") ? "GET" : method;
                Route route = routeOf(routes, path.getKey(), served);
                for (Map.Entry<String, String> token : tokens.entrySet()) {
                    Api.Response r = server.api().send(method, concrete(path.getKey()), token.getValue(),
                            method.equals("POST") || method.equals("PUT") || method.equals("PATCH") ? "{}" : null, Map.of());
                    checked++;
                    String expected = expectation(route, token.getKey());
                    if (!meets(r, expected, method)) {
                        wrong.add(method + " " + path.getKey() + " as " + token.getKey() + ": expected " + expected
                                + ", got " + r.status() + " " + r.body());
                    }
                }
            }
        }
        assertThat(wrong).as("answers that break the role matrix").isEmpty();
        assertThat(checked).isGreaterThan(40 * METHODS.size() * tokens.size() / 2);
    }

    /**
     * The route a request of {@code method} to {@code path} meets: its own, else one whose pattern
     * matches the path as sent ({@code GET /api/v1/boosts/now} is {@code GET /api/v1/boosts/{boostId}}).
     */
    private static Route routeOf(List<Route> routes, String path, String method) {
        String sent = concrete(path);
        return routes.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).findFirst()
                .or(() -> routes.stream().filter(r -> r.method().equals(method)
                        && sent.matches(concrete(r.path()).replace(show, "[^/]+").replace("nosuchid0000000x", "[^/]+")
                                .replace(".", "\\.")))
                        .findFirst())
                .orElse(null);
    }

    /** "405", "401", "403", or "admitted" (anything but 401, 403, 405 and 5xx). */
    private static String expectation(Route route, String who) {
        if (route == null) {
            return "405";
        }
        if (route.roles().equals("none")) {
            return "admitted";
        }
        if (who.equals("none") || who.equals("wrong")) {
            return "401";
        }
        if (who.equals("host-elsewhere")) {
            return route.path().contains("{showId}") ? "403" : expectation(route, "host");
        }
        return Arrays.asList(route.roles().split(", ")).contains(who) ? "admitted" : "403";
    }

    private static boolean meets(Api.Response r, String expected, String method) {
        if (r.status() >= 500) {
            return false;
        }
        boolean head = method.equals("HEAD");
        return switch (expected) {
            case "405" -> r.status() == 405 && (head || r.error().equals("method_not_allowed"));
            case "401" -> r.status() == 401 && (head || r.error().equals("unauthorized"));
            case "403" -> r.status() == 403 && (head || r.error().equals("forbidden"));
            default -> r.status() != 401 && r.status() != 403 && r.status() != 405;
        };
    }

    @Test
    void theConsoleSocketAdmitsEveryReadingRoleAndRefusesTheOthersAndTheViewerSocketNeedsNoToken() {
        RawHttp raw = new RawHttp(server.baseUrl());
        String console = "/api/v1/shows/" + show + "/console";
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("producer", 101);
        expected.put("host", 101);
        expected.put("manager", 101);
        expected.put("automation", 403);
        expected.put("host-elsewhere", 403);
        expected.put("wrong", 401);
        expected.put("none", 401);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            String token = tokens.get(e.getKey());
            String[] header = token == null ? new String[0] : new String[] {"Authorization: Bearer " + token};
            try (RawHttp.Upgrade up = raw.upgrade(console, header)) {
                assertThat(up.reply().status()).as("console socket as " + e.getKey()).isEqualTo(e.getValue());
                if (e.getValue() != 101) {
                    assertThat(up.reply().json().get("error").asText()).isEqualTo(e.getValue() == 401 ? "unauthorized" : "forbidden");
                }
            }
        }
        for (String who : tokens.keySet()) {
            String token = tokens.get(who);
            String[] header = token == null ? new String[0] : new String[] {"Authorization: Bearer " + token};
            try (RawHttp.Upgrade up = raw.upgrade("/v1/shows/" + show + "/live?viewerId=" + java.util.UUID.randomUUID(), header)) {
                assertThat(up.reply().status()).as("viewer socket as " + who).isEqualTo(101);
            }
        }
    }

    @Test
    void meAnswersEveryRoleWithItsTokensNameAndRoleAndNoTokenOrAWrongOneWith401() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("producer", "{\"name\":\"producer-1\",\"role\":\"producer\"}");
        expected.put("host", "{\"name\":\"host-1\",\"role\":\"host\"}");
        expected.put("manager", "{\"name\":\"manager-1\",\"role\":\"manager\"}");
        expected.put("automation", "{\"name\":\"automation-1\",\"role\":\"automation\"}");
        expected.put("host-elsewhere", "{\"name\":\"host-2\",\"role\":\"host\",\"show\":\"another-show\"}");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Api.Response r = server.api().get("/api/v1/me", tokens.get(e.getKey()));
            assertThat(r.status()).as("/me as " + e.getKey()).isEqualTo(200);
            assertThat(r.json().toString()).as("/me as " + e.getKey()).isEqualTo(e.getValue());
        }
        for (String who : List.of("wrong", "none")) {
            Api.Response r = server.api().get("/api/v1/me", tokens.get(who));
            assertThat(r.status()).as("/me as " + who).isEqualTo(401);
            assertThat(r.error()).isEqualTo("unauthorized");
        }
    }
}
