package io.cuedeck.server.console;

import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.server.Json;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** This node's console sockets, by show; every event is framed once and sent asynchronously. */
public final class ConsoleHub {

    private final ConcurrentHashMap<String, Set<Session>> byShow = new ConcurrentHashMap<>();

    public void add(String showId, Session session) {
        byShow.computeIfAbsent(showId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void remove(String showId, Session session) {
        Set<Session> sessions = byShow.get(showId);
        if (sessions != null) {
            sessions.remove(session);
        }
    }

    public boolean has(String showId) {
        Set<Session> sessions = byShow.get(showId);
        return sessions != null && !sessions.isEmpty();
    }

    public long total() {
        return byShow.values().stream().mapToLong(Set::size).sum();
    }

    public void send(String showId, ConsoleEvent event) {
        Set<Session> sessions = byShow.get(showId);
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        String frame = Json.write(event);
        sessions.forEach(s -> s.sendText(frame, Callback.NOOP));
    }

    public void sendAll(ConsoleEvent event) {
        String frame = Json.write(event);
        byShow.values().forEach(sessions -> sessions.forEach(s -> s.sendText(frame, Callback.NOOP)));
    }

    public static void sendTo(Session session, ConsoleEvent event) {
        session.sendText(Json.write(event), Callback.NOOP);
    }
}
