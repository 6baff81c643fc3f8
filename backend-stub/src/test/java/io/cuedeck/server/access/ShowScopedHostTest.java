package io.cuedeck.server.access;

import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.http.Tokens;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.RawHttp;
import io.cuedeck.server.testing.TestServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host token tied to one show (issue 9: "host may read the fire report of its own show's
 * fires"): Ben hosts the news and nothing else, on a server that also runs the sport, where the
 * unscoped host token keeps acting on every show.
 */
class ShowScopedHostTest {

    private static final String BEN = "ben-hosts-the-news";
    private static final String REFUSAL = "The host token host-2 is for show 'news' only; it cannot act on show 'sport'.";
    private static TestServer server;
    private static Api api;
    private static Fixtures fixtures;

    @BeforeAll
    static void start() {
        server = TestServer.start(c -> c.withTokens(Tokens.parse("producer:" + PRODUCER + ",host:" + HOST
                + ",host@news:" + BEN)));
        api = server.api();
        fixtures = new Fixtures(api);
        for (String id : new String[] {"news", "sport"}) {
            Fixtures.expect(201, api.post("/api/v1/shows", PRODUCER, Map.of("id", id, "title", "The " + id)));
            Fixtures.expect(200, api.patch("/api/v1/shows/" + id, PRODUCER, Map.of("status", "live")));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String fired(String show) {
        return api.fire(show, fixtures.poll(show)).get("fireId").asText();
    }

    private static void refused(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.error()).isEqualTo("forbidden");
        assertThat(r.json().get("message").asText()).isEqualTo(REFUSAL);
    }

    @Test
    void aHostOfOneShowReadsThatShowsFireReportAndIsRefusedAnotherShowsNamingItsShow() {
        String news = fired("news");
        String sport = fired("sport");

        assertThat(api.get("/api/v1/shows/news/fires/" + news + "/report", BEN).status()).isEqualTo(200);
        refused(api.get("/api/v1/shows/sport/fires/" + sport + "/report", BEN));
        refused(api.get("/api/v1/shows/sport/fires/" + sport + "/report.csv.zip", BEN));
        refused(api.get("/api/v1/shows/sport/live", BEN));
        assertThat(api.get("/api/v1/shows/sport/fires/" + sport + "/report", HOST).status())
                .as("a host token tied to no show still reads every show").isEqualTo(200);
    }

    @Test
    void aHostOfOneShowFiresInThatShowOnlyAndAnotherShowKeepsItsFires() {
        String newsCue = fixtures.poll("news");
        String sportCue = fixtures.poll("sport");
        int sportFires = api.get("/api/v1/shows/sport/fires", PRODUCER).json().size();

        assertThat(api.fire("news", newsCue, BEN, UUID.randomUUID().toString(), null).status()).isEqualTo(202);
        refused(api.fire("sport", sportCue, BEN, UUID.randomUUID().toString(), null));
        refused(api.post("/api/v1/shows/sport/control/take", BEN, null));

        assertThat(api.get("/api/v1/shows/sport/fires", PRODUCER).json().size()).isEqualTo(sportFires);
        assertThat(api.fire("sport", sportCue, HOST, UUID.randomUUID().toString(), null).status()).isEqualTo(202);
    }

    @Test
    void aHostOfOneShowListsThatShowOnlyAndOpensNoOtherShowsConsoleStream() {
        assertThat(api.get("/api/v1/shows", BEN).json().findValuesAsText("id")).containsExactly("news");
        assertThat(api.get("/api/v1/shows", HOST).json().findValuesAsText("id")).contains("news", "sport");
        refused(api.get("/api/v1/shows/sport", BEN));

        RawHttp raw = new RawHttp(server.baseUrl());
        try (RawHttp.Upgrade own = raw.upgrade("/api/v1/shows/news/console", "Authorization: Bearer " + BEN)) {
            assertThat(own.reply().status()).isEqualTo(101);
        }
        try (RawHttp.Upgrade other = raw.upgrade("/api/v1/shows/sport/console?token=" + BEN)) {
            assertThat(other.reply().status()).isEqualTo(403);
            assertThat(other.reply().json().get("message").asText()).isEqualTo(REFUSAL);
        }
    }

    @Test
    void aHostOfOneShowBoostsNowForThatShowAndSeesNoOtherShowsBoosts() {
        Api.Response mine = api.post("/api/v1/boosts/now", BEN, Map.of("targetUnits", 2, "reason", "Push: breaking news"));
        Api.Response sport = api.post("/api/v1/boosts/now", PRODUCER, Map.of("targetUnits", 2, "reason", "Push: the goal",
                "showId", "sport"));

        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
        assertThat(mine.json().get("showId").asText()).as("a Boost now without a show is for the token's show").isEqualTo("news");
        String sportBoost = sport.json().get("id").asText();
        refused(api.post("/api/v1/boosts/now", BEN, Map.of("targetUnits", 2, "reason", "x", "showId", "sport")));
        assertThat(api.get("/api/v1/boosts", BEN).json().findValuesAsText("id"))
                .contains(mine.json().get("id").asText()).doesNotContain(sportBoost);
        assertThat(api.get("/api/v1/boosts", HOST).json().findValuesAsText("id")).contains(sportBoost);
        refused(api.get("/api/v1/boosts/" + sportBoost, BEN));
        refused(api.get("/api/v1/capacity?showId=sport", BEN));
        assertThat(api.get("/api/v1/capacity", BEN).status()).as("capacity is one pool for every show").isEqualTo(200);
    }

    @Test
    void meSaysTheShowAHostTokenIsTiedToAndNoShowForATokenOfEveryShow() {
        assertThat(api.get("/api/v1/me", BEN).json().toString()).isEqualTo("{\"name\":\"host-2\",\"role\":\"host\",\"show\":\"news\"}");
        assertThat(api.get("/api/v1/me", HOST).json().toString()).isEqualTo("{\"name\":\"host-1\",\"role\":\"host\"}");
    }
}
