package io.cuedeck.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.http.RouteCatalog.Route;
import io.cuedeck.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/API.md's route table is the server's: same methods, paths and roles, nothing more or less. */
class ApiDocumentationTest {

    private static final Path API_MD = Path.of("..", "docs", "API.md");
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*(GET|POST|PUT|PATCH|DELETE|WS)\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*([a-z, ]+?)\\s*\\|.*$");

    static List<Route> documented() throws Exception {
        return Files.readAllLines(API_MD).stream().map(ROW::matcher).filter(Matcher::matches)
                .map(m -> new Route(m.group(1), m.group(2), m.group(3))).toList();
    }

    @Test
    void theRouteTableOfApiMdListsExactlyTheServersRoutesWithTheirRoles() throws Exception {
        List<Route> served;
        try (TestServer server = TestServer.start()) {
            served = server.server().routes();
        }

        assertThat(documented()).hasSizeGreaterThan(20).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(served);
    }

    /** Every error code the server's code can answer with, read from its sources. */
    @Test
    void everyErrorCodeTheServerCanAnswerIsInTheErrorTable() throws Exception {
        Pattern code = Pattern.compile("(?:new ApiError\\(|new ApiException\\(\\d+, |conflict\\()\"([a-z_]+)\"");
        java.util.Set<String> codes = new java.util.TreeSet<>();
        try (var files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        String doc = Files.readString(API_MD);

        assertThat(codes).contains("bad_request", "too_many_sockets", "full", "bad_json")
                .allSatisfy(c -> assertThat(doc).as("docs/API.md's error table").contains("| `" + c + "` |"));
    }

    @Test
    void everyErrorCodeOfTheProtocolIsDocumented() throws Exception {
        String doc = Files.readString(API_MD);
        for (String code : List.of("bad_json", "validation", "payload_too_large", "unauthorized", "forbidden",
                "not_found", "method_not_allowed", "conflict", "not_live", "already_open", "duplicate", "closed",
                "rate_limited", "unavailable", "internal")) {
            assertThat(doc).contains("| `" + code + "` |");
        }
    }
}
