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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a fired cue to this node's sockets of the show: encoded to UTF-8 once per language (not
 * once per viewer) and handed to each socket's asynchronous send; a slow socket never holds up the
 * others. The writes run on each socket's selector thread, one task per selector
 * ({@link WriterGroups}), so a selector writes its share of a fan-out before it reads the acks it
 * brings back. Runs on the show's lane ({@link io.cuedeck.server.bus.ShowLanes}),
 * as does adding a socket to the show, so each socket gets each cue once: from the fan-out if it
 * was there when the fan-out ran, else from {@link #fire(FireRecord, ViewerSocket)} when it joins.
 * Writes are counted by {@link DeliveryCounts}, and by viewer by {@link ReachWrites}.
 */
public final class FanOut {

    private final SocketHub hub;
    private final DeliveryCounts delivery;
    private final Clock clock;
    private final Timer fanOutTime;

    private final ReachWrites reach;

    public FanOut(SocketHub hub, DeliveryCounts delivery, Clock clock, MeterRegistry meters) {
        this(hub, delivery, clock, meters, null);
    }

    /** With the unique-viewer counting of each write ({@link ReachWrites}); null counts socket writes only. */
    public FanOut(SocketHub hub, DeliveryCounts delivery, Clock clock, MeterRegistry meters, ReachBatcher reach) {
        this.reach = reach == null ? null : new ReachWrites(reach);
        this.hub = hub;
        this.delivery = delivery;
        this.clock = clock;
        this.fanOutTime = Timer.builder("cuedeck.fanout").description("framing and queueing one fire's writes")
                .register(meters);
    }

    /** Sends the cue to every socket of its show (on the show's lane). */
    public void fire(FireRecord fire) {
        long start = System.nanoTime();
        Frames frames = new Frames(fire, true);
        org.eclipse.jetty.util.Callback counted = delivery.writes(fire.fireId());
        if (reach != null) {
            reach.presentAtTake(fire);
        }
        hub.groups(fire.showId()).write(socket -> frames.forViewer(socket.lang()),
                reach == null ? socket -> counted : socket -> reach.targeted(fire, socket.viewerId(), counted));
        fanOutTime.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** Sends the cue to one socket that joined while the window is open (on the show's lane). */
    public void fire(FireRecord fire, ViewerSocket socket) {
        org.eclipse.jetty.util.Callback counted = delivery.writes(fire.fireId());
        socket.send(new Frames(fire, false).forViewer(socket.lang()),
                reach == null ? counted : reach.joined(fire, socket.viewerId(), counted));
    }

    /** A viewer message as text, with its {@code type} tag. */
    public static String toText(ToViewer message) {
        return Json.write(message);
    }

    /** Sends the same message to every socket of a show (closes, results); not counted as delivery. */
    public void broadcast(String showId, ToViewer message) {
        Framed framed = Framed.of(toText(message));
        hub.groups(showId).write(socket -> framed, socket -> org.eclipse.jetty.util.Callback.NOOP);
    }

    /**
     * One fire's payloads: one per language of the cue, looked up by what each viewer asked for.
     * A fan-out's selectors look up at once, so both maps are concurrent.
     */
    private final class Frames {
        private final FireRecord fire;
        /** For many sockets (a fan-out) or one (a socket joining). */
        private final boolean shared;
        private final Map<String, Framed> byCueLang = new ConcurrentHashMap<>();
        private final Map<String, Framed> byViewerLang = new ConcurrentHashMap<>();

        Frames(FireRecord fire, boolean shared) {
            this.fire = fire;
            this.shared = shared;
        }

        Framed forViewer(String viewerLang) {
            Framed known = byViewerLang.get(viewerLang);
            return known != null ? known : byViewerLang.computeIfAbsent(viewerLang, this::pick);
        }

        private Framed pick(String viewerLang) {
            Cue cue = fire.cue();
            String lang = Languages.pick(cue.prompt().keySet(), viewerLang, cue.defaultLang());
            return byCueLang.computeIfAbsent(lang, l -> shared ? Framed.of(text(l)) : Framed.single(text(l)));
        }

        private String text(String lang) {
            Cue cue = fire.cue();
            List<String> options = new ArrayList<>();
            for (Map<String, String> option : cue.options()) {
                options.add(option.getOrDefault(lang, option.get(cue.defaultLang())));
            }
            return toText(new CueMessage(fire.fireId(), cue.id(), cue.kind(), lang, cue.prompt().get(lang), options,
                    fire.receipt().closesAt(), clock.instant()));
        }
    }
}
