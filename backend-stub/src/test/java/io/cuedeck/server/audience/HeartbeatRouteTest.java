package io.cuedeck.server.audience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the edge answers itself and what it leaves to Javalin: only a POST to exactly the heartbeat
 * path with an id that no decoding could change. Everything else must reach Javalin, which decodes
 * it and answers in the same words (BadInputTest and HostileRequestTest hold those answers).
 */
class HeartbeatRouteTest {

    private final HeartbeatRoute route = new HeartbeatRoute(null);

    @Test
    void aPostToAShowsHeartbeatIsTakenWithItsShowId() {
        assertThat(route.match("POST", "/v1/shows/a1B2-c3_d4.e~5/heartbeat")).isEqualTo("a1B2-c3_d4.e~5");
    }

    @Test
    void otherMethodsAndOtherPathsAreLeftToJavalin() {
        assertThat(route.match("GET", "/v1/shows/abc/heartbeat")).isNull();
        assertThat(route.match("HEAD", "/v1/shows/abc/heartbeat")).isNull();
        assertThat(route.match("POST", "/v1/shows/abc/heartbeats")).isNull();
        assertThat(route.match("POST", "/v1/shows/abc/heartbeat/")).isNull();
        assertThat(route.match("POST", "/api/v1/shows/abc/heartbeat")).isNull();
        assertThat(route.match("POST", "/v1/shows/abc/fires/f/heartbeat")).isNull();
    }

    @Test
    void anIdThatJavalinWouldDecodeOrThatIsMissingIsLeftToJavalin() {
        assertThat(route.match("POST", "/v1/shows/%41bc/heartbeat")).isNull();
        assertThat(route.match("POST", "/v1/shows/a+b/heartbeat")).isNull();
        assertThat(route.match("POST", "/v1/shows//heartbeat")).isNull();
        assertThat(route.match("POST", "/v1/shows/heartbeat")).isNull();
        assertThat(route.match("POST", "/v1/shows/" + "x".repeat(129) + "/heartbeat")).isNull();
    }
}
