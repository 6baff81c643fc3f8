package io.cuedeck.server.testing;

import static io.cuedeck.server.testing.TestServer.PRODUCER;

import java.util.List;
import java.util.Map;

/** Shows and cues as a producer would make them through the API. */
public final class Fixtures {

    private final Api api;

    public Fixtures(Api api) {
        this.api = api;
    }

    /** A new show in draft; returns its id. */
    public String draftShow() {
        Api.Response r = api.post("/api/v1/shows", PRODUCER, Map.of("title", "Rehearsal"));
        expect(201, r);
        return r.json().get("id").asText();
    }

    /** A new show, set live; returns its id. */
    public String liveShow() {
        String id = draftShow();
        expect(200, api.patch("/api/v1/shows/" + id, PRODUCER, Map.of("status", "live")));
        return id;
    }

    /** Adds a cue from its JSON fields; returns its id. */
    public String cue(String showId, Map<String, Object> draft) {
        Api.Response r = api.post("/api/v1/shows/" + showId + "/cues", PRODUCER, draft);
        expect(201, r);
        return r.json().get("id").asText();
    }

    /** A two-language poll with three options (English default). */
    public String poll(String showId) {
        return cue(showId, Map.of("kind", "poll",
                "prompt", Map.of("en", "Who wins?", "zh-TW", "誰會贏？"),
                "options", List.of(Map.of("en", "Red", "zh-TW", "紅"), Map.of("en", "Blue", "zh-TW", "藍"),
                        Map.of("en", "Nobody", "zh-TW", "都不是")),
                "defaultLang", "en", "answerSeconds", 60));
    }

    public String question(String showId) {
        return cue(showId, Map.of("kind", "question", "prompt", Map.of("en", "Your question for the guest?"),
                "answerSeconds", 60));
    }

    public static void expect(int status, Api.Response r) {
        if (r.status() != status) {
            throw new AssertionError("expected " + status + " but got " + r.status() + ": " + r.body());
        }
    }
}
