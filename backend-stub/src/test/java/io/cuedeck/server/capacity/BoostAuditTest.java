package io.cuedeck.server.capacity;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Boosts in the audit trail: of their show's trail, or of the capacity trail when they have no show. */
class BoostAuditTest {

    @RegisterExtension
    static final CapacityServer server = CapacityServer.perClass(Map.of());
    private static final Api api = server.api();
    private static final Instant SOON = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);

    private static List<String> trail(String path) {
        List<String> seen = new ArrayList<>();
        api.get(path + "?limit=200", PRODUCER).json().get("entries")
                .forEach(e -> seen.add(e.get("action").asText() + " by " + e.get("actor").asText()));
        return seen;
    }

    @Test
    void aShowsBoostsAreInItsTrailAndBoostsOfNoShowInTheCapacityTrailWithWhoDidThem() {
        String show = new Fixtures(api).draftShow();
        Map<String, Object> draft = Map.of("title", "Derby", "start", SOON.toString(),
                "end", SOON.plus(Duration.ofHours(2)).toString(), "targetUnits", 6, "leadMinutes", 30, "showId", show);
        Response created = api.post("/api/v1/boosts", PRODUCER, draft);
        Fixtures.expect(201, created);
        String id = created.json().get("id").asText();
        Fixtures.expect(200, api.put("/api/v1/boosts/" + id, PRODUCER, Map.of("title", "Derby, extra time",
                "start", SOON.toString(), "end", SOON.plus(Duration.ofHours(3)).toString(), "targetUnits", 8,
                "leadMinutes", 30, "showId", show)));
        Fixtures.expect(204, api.delete("/api/v1/boosts/" + id, PRODUCER));
        Fixtures.expect(204, api.delete("/api/v1/boosts/" + id, PRODUCER));

        assertThat(trail("/api/v1/shows/" + show + "/audit")).containsExactly("boost.cancelled by producer-1",
                "boost.edited by producer-1", "boost.created by producer-1", "show.created by producer-1");
        JsonNode entry = api.get("/api/v1/shows/" + show + "/audit", PRODUCER).json().get("entries").get(1);
        assertThat(entry.get("target").asText()).isEqualTo(id);
        assertThat(entry.get("detail").asText()).startsWith("Derby, extra time · ").contains("8 units");

        Fixtures.expect(201, api.post("/api/v1/boosts/now", CapacityServer.AUTOMATION,
                Map.of("targetUnits", 4, "reason", "Push: goal replay")));
        assertThat(trail("/api/v1/capacity/audit")).first().isEqualTo("boost.now by automation-1");
        assertThat(api.get("/api/v1/capacity/audit", io.cuedeck.server.testing.TestServer.HOST).status()).isEqualTo(403);
    }
}
