package io.cuedeck.server.audience;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.viewer.CueMessage;
import io.cuedeck.protocol.viewer.ToViewer;
import io.cuedeck.server.Json;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.rundown.Languages;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a fired cue to this node's sockets of the show: framed once per language (not once per
 * viewer), then handed to each socket's asynchronous send; a slow socket never holds up the
 * others. Writes are counted by {@link DeliveryCounts}.
 */
public final class FanOut {

    private final SocketHub hub;
    private final DeliveryCounts delivery;
    private final Clock clock;
    private final Timer fanOutTime;

    public FanOut(SocketHub hub, DeliveryCounts delivery, Clock clock, MeterRegistry meters) {
        this.hub = hub;
        this.delivery = delivery;
        this.clock = clock;
        this.fanOutTime = Timer.builder("cuedeck.fanout").description("framing and queueing one fire's writes")
                .register(meters);
    }

    /** Sends the cue to every socket of its show that has not had it yet. */
    public void fire(FireRecord fire) {
        fanOutTime.record(() -> {
            Map<String, String> frames = new HashMap<>();
            for (ViewerSocket socket : hub.sockets(fire.showId())) {
                sendOnce(fire, socket, frames);
            }
        });
    }

    /** Sends the cue to one socket (a viewer who connected while the window is open). */
    public void fire(FireRecord fire, ViewerSocket socket) {
        sendOnce(fire, socket, new HashMap<>());
    }

    private void sendOnce(FireRecord fire, ViewerSocket socket, Map<String, String> frames) {
        if (socket.firstSendOf(fire.fireId())) {
            String lang = Languages.pick(fire.cue().prompt().keySet(), socket.lang(), fire.cue().defaultLang());
            String frame = frames.computeIfAbsent(lang, l -> frame(fire, l));
            socket.send(frame, delivery.callback(fire.fireId()));
        }
    }

    private String frame(FireRecord fire, String lang) {
        Cue cue = fire.cue();
        List<String> options = new ArrayList<>();
        for (Map<String, String> option : cue.options()) {
            options.add(option.getOrDefault(lang, option.get(cue.defaultLang())));
        }
        return toText(new CueMessage(fire.fireId(), cue.id(), cue.kind(), lang, cue.prompt().get(lang), options,
                fire.receipt().closesAt(), clock.instant()));
    }

    /** A viewer message as text, with its {@code type} tag. */
    public static String toText(ToViewer message) {
        return Json.write(message);
    }

    /** Sends the same message to every socket of a show (closes, results); not counted as delivery. */
    public void broadcast(String showId, ToViewer message) {
        String frame = toText(message);
        for (ViewerSocket socket : hub.sockets(showId)) {
            socket.send(frame);
        }
    }
}
