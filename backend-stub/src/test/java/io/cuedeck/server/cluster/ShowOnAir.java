package io.cuedeck.server.cluster;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.viewer.ToViewer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A live show with a poll in its rundown, and the calls the studio and the viewers make on it. */
final class ShowOnAir {

    final String showId;
    final String cueId;

    private ShowOnAir(String showId, String cueId) {
        this.showId = showId;
        this.cueId = cueId;
    }

    /** Creates the show and a two-option poll on {@code api}'s node, and puts the show on air. */
    static ShowOnAir start(Api api, int answerSeconds) {
        Show show = api.post("/api/v1/shows", NewShow.titled("Multi-node " + UUID.randomUUID())).as(Show.class);
        Cue cue = api.post("/api/v1/shows/" + show.id() + "/cues", new CueDraft(CueKind.POLL,
                Map.of("en", "Who wins?"), List.of(Map.of("en", "Red"), Map.of("en", "Blue")), null, answerSeconds,
                "en")).as(Cue.class);
        api.patch("/api/v1/shows/" + show.id(), ShowPatch.status(ShowStatus.LIVE)).as(Show.class);
        return new ShowOnAir(show.id(), cue.id());
    }

    String showId() {
        return showId;
    }

    /** {@code /api/v1/shows/{showId}} followed by {@code rest}. */
    String path(String rest) {
        return "/api/v1/shows/" + showId + rest;
    }

    /** The fire route of the show's poll. */
    String firePath() {
        return path("/cues/" + cueId + "/fire");
    }

    Api.Reply fire(Api api, String key) {
        return api.post("/api/v1/shows/" + showId + "/cues/" + cueId + "/fire", null, "Idempotency-Key", key);
    }

    FireReceipt fired(Api api, String key) {
        return fire(api, key).as(FireReceipt.class);
    }

    void close(Api api, String fireId) {
        api.post("/api/v1/shows/" + showId + "/fires/" + fireId + "/close", null);
    }

    LiveStatus live(Api api) {
        return api.get("/api/v1/shows/" + showId + "/live").as(LiveStatus.class);
    }

    FireReport report(Api api, String fireId) {
        return api.get("/api/v1/shows/" + showId + "/fires/" + fireId + "/report").as(FireReport.class);
    }

    /** A viewer app's socket on {@code api}'s node. */
    Socket<ToViewer> viewer(Api api, String viewerId) {
        return Socket.open(api.base().replace("http://", "ws://") + "/v1/shows/" + showId + "/live?viewerId="
                + viewerId + "&lang=en&platform=ios", ToViewer.class);
    }

    /** The console stream on {@code api}'s node. */
    Socket<ConsoleEvent> console(Api api) {
        return Socket.open(api.base().replace("http://", "ws://") + "/api/v1/shows/" + showId + "/console?token="
                + Api.PRODUCER, ConsoleEvent.class);
    }
}
