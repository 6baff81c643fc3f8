package io.cuedeck.server.capacity;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Importing calendars in the shapes Google Calendar and Outlook export, on a server whose clock
 * stands at 2027-03-22 10:00 UTC (before Europe/London's change to summer time on 28 March; Asia/Taipei
 * has none): recurrence with EXDATE, an occurrence moved and one cancelled by RECURRENCE-ID,
 * all-day and floating events, DURATION, Windows zone names, re-imports and dry runs.
 */
class CalendarImportTest {

    static final Instant NOW = Instant.parse("2027-03-22T10:00:00Z");

    private final ManualClock clock = new ManualClock(NOW);
    private final CapacityServer server = new CapacityServer(Map.of("CUEDECK_CALENDAR_TIMEZONE", "Asia/Taipei"), clock);
    private final Api api;

    CalendarImportTest() {
        server.open();
        api = server.api();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String fixture(String name) {
        try (InputStream in = CalendarImportTest.class.getResourceAsStream("/calendars/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response importing(String ics, String query) {
        return api.send("POST", "/api/v1/boosts/import" + query, PRODUCER, ics.getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    private static List<String> starts(JsonNode boosts) {
        List<String> out = new ArrayList<>();
        boosts.forEach(b -> out.add(b.get("start").asText() + " " + b.get("units").asInt()));
        return out;
    }

    @Test
    void aGoogleCalendarWithRecurrenceExdateAMovedAndACancelledOccurrenceFollowsLondonTimeAcrossTheDstChange() {
        Response r = importing(fixture("google-evening-shows.ics"), "");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode result = r.json();
        assertThat(result.get("calendar").asText()).isEqualTo("Evening shows");
        assertThat(starts(result.get("added"))).containsExactlyInAnyOrder(
                "2027-03-24T20:00:00Z 10", "2027-03-25T20:00:00Z 10", // GMT: 20:00 London is 20:00 UTC
                "2027-03-28T19:00:00Z 10", "2027-03-30T19:00:00Z 10", // BST from 28 March: 19:00 UTC
                "2027-03-29T19:30:00Z 12", // moved to 20:30 BST by its RECURRENCE-ID, 60,000 viewers
                "2027-03-25T00:00:00Z 4"); // the all-day marathon, midnight to midnight London
        assertThat(result.get("skipped").findValuesAsText("title")).containsExactly("Team stand-up");
        assertThat(result.get("removed")).isEmpty();
        JsonNode late = find(result.get("added"), "2027-03-29T19:30:00Z");
        assertThat(late.get("title").asText()).isEqualTo("Evening news (late start)");
        assertThat(late.get("end").asText()).isEqualTo("2027-03-29T21:30:00Z");
        assertThat(late.get("source").asText()).isEqualTo("calendar");
        JsonNode marathon = find(result.get("added"), "2027-03-25T00:00:00Z");
        assertThat(marathon.get("end").asText()).isEqualTo("2027-03-26T00:00:00Z");
        assertThat(api.get("/api/v1/boosts?from=2027-03-22T00:00:00Z&to=2027-04-06T00:00:00Z", PRODUCER).json())
                .hasSize(6);
    }

    @Test
    void anOutlookCalendarWithWindowsZoneNamesDurationAndAFloatingEventLandsAtTheRightInstants() {
        JsonNode result = importing(fixture("outlook-taipei.ics"), "?calendar=Studio%20B").json();

        assertThat(starts(result.get("added"))).containsExactlyInAnyOrder(
                "2027-03-26T12:00:00Z 30", // 20:00 Taipei, 150,000 viewers
                "2027-03-22T12:00:00Z 6", // weekly: 29 March excluded, 5 April past the 14-day horizon
                "2027-03-28T17:30:00Z 2", // 18:30 on the day London moves to summer time
                "2027-03-27T11:00:00Z 2"); // floating 19:00 in the configured zone, Asia/Taipei
        JsonNode simulcast = find(result.get("added"), "2027-03-28T17:30:00Z");
        assertThat(simulcast.get("end").asText()).as("DURATION:PT90M").isEqualTo("2027-03-28T19:00:00Z");
        assertThat(find(result.get("added"), "2027-03-22T12:00:00Z").get("leadMinutes").asInt()).isEqualTo(20);
        assertThat(find(result.get("added"), "2027-03-26T12:00:00Z").get("title").asText()).isEqualTo("歌唱大賽決賽");
        assertThat(result.get("calendar").asText()).isEqualTo("Studio B");
    }

    @Test
    void importingTheSameCalendarAgainChangesNothingAndAddsNoDuplicate() {
        importing(fixture("google-evening-shows.ics"), "");

        JsonNode again = importing(fixture("google-evening-shows.ics"), "").json();

        assertThat(again.get("added")).isEmpty();
        assertThat(again.get("changed")).isEmpty();
        assertThat(again.get("removed")).isEmpty();
        assertThat(again.get("unchanged")).hasSize(6);
        assertThat(api.get("/api/v1/boosts?from=2027-03-22T00:00:00Z&to=2027-04-06T00:00:00Z", PRODUCER).json())
                .hasSize(6);
    }

    @Test
    void aReImportUpdatesMovedEventsRemovesDeletedOnesAndCancelsAnOccurrenceMarkedCancelled() {
        String full = fixture("google-evening-shows.ics");
        String withoutCancellation = full.replaceAll("(?s)BEGIN:VEVENT\r\nDTSTART;TZID=Europe/London:20270327T200000"
                + ".*?END:VEVENT\r\n", "");
        assertThat(starts(importing(withoutCancellation, "").json().get("added"))).contains("2027-03-27T20:00:00Z 10");

        String changed = full.replace("SUMMARY:Evening news (late start)", "SUMMARY:Evening news (later start)")
                .replaceAll("(?s)BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270325.*?END:VEVENT\r\n", "");
        JsonNode result = importing(changed, "").json();

        assertThat(starts(result.get("removed"))).containsExactlyInAnyOrder("2027-03-27T20:00:00Z 10",
                "2027-03-25T00:00:00Z 4");
        assertThat(result.get("changed").findValuesAsText("title")).containsExactly("Evening news (later start)");
        assertThat(result.get("unchanged")).hasSize(4);
        assertThat(statuses(result.get("removed"))).containsOnly("cancelled");
        JsonNode all = api.get("/api/v1/boosts?from=2027-03-22T00:00:00Z&to=2027-04-06T00:00:00Z", PRODUCER).json();
        assertThat(all).hasSize(7);
        assertThat(statuses(all).stream().filter("cancelled"::equals)).hasSize(2);
    }

    @Test
    void aDryRunSaysWhatWouldChangeAndStoresNothing() {
        String before = api.get("/api/v1/boosts?from=2027-03-22T00:00:00Z&to=2027-04-06T00:00:00Z", PRODUCER).body();

        JsonNode preview = importing(fixture("google-evening-shows.ics"), "?dryRun=true").json();

        assertThat(preview.get("dryRun").asBoolean()).isTrue();
        assertThat(preview.get("added")).hasSize(6);
        assertThat(api.get("/api/v1/boosts?from=2027-03-22T00:00:00Z&to=2027-04-06T00:00:00Z", PRODUCER).body())
                .isEqualTo(before);
        assertThat(importing(fixture("google-evening-shows.ics"), "").json().get("added")).hasSize(6);
        JsonNode second = importing(fixture("google-evening-shows.ics").replace("viewers: 50\\,000", "viewers: 80000"),
                "?dryRun=true").json();
        assertThat(second.get("changed")).hasSize(4);
        List<Integer> units = new ArrayList<>();
        second.get("changed").forEach(b -> units.add(b.get("units").asInt()));
        assertThat(units).containsOnly(16);
        assertThat(api.get("/api/v1/boosts?from=2027-03-24T19:00:00Z&to=2027-03-24T21:00:00Z", PRODUCER).json()
                .get(0).get("units").asInt()).isEqualTo(10);
    }

    @Test
    void somethingThatIsNotACalendarIsRefusedInWordsAndStoresNothing() {
        for (String bad : List.of("hello", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense\r\n", "<html></html>")) {
            Response r = importing(bad, "");
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.field()).isEqualTo("calendar");
            assertThat(r.json().get("message").asText()).isNotBlank();
        }
        assertThat(importing(fixture("google-evening-shows.ics"), "?dryRun=maybe").field()).isEqualTo("dryRun");
        assertThat(api.post("/api/v1/boosts/import", PRODUCER, Map.of("url", "ftp://example.invalid/x.ics")).field())
                .isEqualTo("url");
        assertThat(api.get("/api/v1/boosts?from=2027-03-01T00:00:00Z&to=2027-04-30T00:00:00Z", PRODUCER).json()).isEmpty();
    }

    @Test
    void aCalendarOfFourMegabytesIsTakenAlthoughOtherBodiesStopAt64KiB() {
        String big = fixture("google-evening-shows.ics").replace("SUMMARY:Team stand-up",
                "SUMMARY:Team stand-up\r\nX-NOTES:" + "n".repeat(4 * 1024 * 1024));

        Response r = importing(big, "?dryRun=true");

        assertThat(r.status()).as(r.body().substring(0, Math.min(300, r.body().length()))).isEqualTo(200);
        assertThat(r.json().get("added")).hasSize(6);
    }

    @Test
    void aCalendarOver5MegabytesIsRefusedWith413() {
        String big = "BEGIN:VCALENDAR\r\n" + "X-PAD:" + "x".repeat(5 * 1024 * 1024) + "\r\nEND:VCALENDAR\r\n";

        Response r = importing(big, "");

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.error()).isEqualTo("payload_too_large");
    }

    private static List<String> statuses(JsonNode boosts) {
        List<String> out = new ArrayList<>();
        boosts.forEach(b -> out.add(b.get("status").asText()));
        return out;
    }

    private static JsonNode find(JsonNode boosts, String start) {
        for (JsonNode b : boosts) {
            if (b.get("start").asText().equals(start)) {
                return b;
            }
        }
        throw new AssertionError("no boost starting " + start + " in " + boosts);
    }
}
