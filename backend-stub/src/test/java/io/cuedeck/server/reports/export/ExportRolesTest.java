package io.cuedeck.server.reports.export;

import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.http.Tokens;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may export: producers and managers everything, a host a fire's report only, an automation
 * token nothing, and a request without a token (a viewer) nothing; every refusal a JSON error.
 */
class ExportRolesTest {

    static final String AUTOMATION = "automation-token";

    @RegisterExtension
    static final TestServer server = TestServer.perClass(c -> c.withTokens(Tokens.parse("producer:" + PRODUCER
            + ",host:" + HOST + ",manager:" + MANAGER + ",automation:" + AUTOMATION)));
    private static final Api api = server.api();
    static String show;
    static String fire;

    @BeforeAll
    static void aShowWithAFire() {
        Fixtures fixtures = new Fixtures(api);
        show = fixtures.liveShow();
        fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        api.post("/v1/shows/" + show + "/fires/" + fire + "/answer", null,
                Map.of("viewerId", UUID.randomUUID().toString(), "choice", 1));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (String file : List.of("report.csv.zip", "report.pdf")) {
            for (String of : List.of("a show", "a fire")) {
                boolean oneFire = of.equals("a fire");
                out.add(Arguments.of(file, of, "producer", 200));
                out.add(Arguments.of(file, of, "manager", 200));
                out.add(Arguments.of(file, of, "host", oneFire ? 200 : 403));
                out.add(Arguments.of(file, of, "automation", 403));
                out.add(Arguments.of(file, of, "viewer (no token)", 401));
                out.add(Arguments.of(file, of, "a wrong token", 401));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{2} asking for the {0} of {1} gets {3}")
    @MethodSource("matrix")
    void eachRoleGetsWhatItMayHave(String file, String of, String who, int status) {
        boolean oneFire = of.equals("a fire");
        String token = switch (who) {
            case "producer" -> PRODUCER;
            case "manager" -> MANAGER;
            case "host" -> HOST;
            case "automation" -> AUTOMATION;
            case "a wrong token" -> "not-a-token";
            default -> null;
        };
        String path = "/api/v1/shows/" + show + (oneFire ? "/fires/" + fire + "/" : "/") + file;

        Download d = Download.get(server.baseUrl(), path, token);

        assertThat(d.status()).isEqualTo(status);
        if (status == 200) {
            assertThat(d.contentType()).startsWith(file.endsWith(".pdf") ? "application/pdf" : "application/zip");
            assertThat(d.body()).startsWith(file.endsWith(".pdf") ? "%PDF".getBytes() : new byte[] {'P', 'K'});
        } else {
            assertThat(d.contentType()).startsWith("application/json");
            assertThat(d.text()).contains("\"error\":\"" + (status == 401 ? "unauthorized" : "forbidden") + "\"");
        }
    }
}
