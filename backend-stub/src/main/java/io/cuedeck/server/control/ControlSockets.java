package io.cuedeck.server.control;

import io.cuedeck.protocol.console.ControlChanged;
import io.cuedeck.server.Json;
import io.cuedeck.server.http.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * This node's console sockets by show, with the console id each gave ({@code Cuedeck-Console}
 * header, or {@code ?console=}) and who it belongs to: so that the holder's stream renews its lease,
 * and each console is told who holds TAKE in its own words ({@code you}). Sends are asynchronous.
 */
public final class ControlSockets {

    /** One console socket: its console id (null: a stream that is not a console's) and operator. */
    record Member(String consoleId, Principal who) {
    }

    private final ConcurrentHashMap<String, Map<Session, Member>> byShow = new ConcurrentHashMap<>();

    public void joined(String showId, Session session, String consoleId, Principal who) {
        byShow.computeIfAbsent(showId, id -> new ConcurrentHashMap<>()).put(session,
                new Member(ConsoleIds.valid(consoleId) ? consoleId : null, who));
    }

    public void left(String showId, Session session) {
        Map<Session, Member> members = byShow.get(showId);
        if (members != null) {
            members.remove(session);
            byShow.computeIfPresent(showId, (id, m) -> m.isEmpty() ? null : m);
        }
    }

    Set<String> shows() {
        return byShow.keySet();
    }

    /** True when a socket of {@code consoleId} on this node follows the show. */
    boolean connected(String showId, String consoleId) {
        Map<Session, Member> members = byShow.get(showId);
        return members != null && consoleId != null
                && members.values().stream().anyMatch(m -> consoleId.equals(m.consoleId()));
    }

    /** Tells every console of the show on this node who holds TAKE, each in its own words. */
    void tell(String showId, ControlState state, Duration forceAfter) {
        Map<Session, Member> members = byShow.get(showId);
        if (members != null) {
            members.forEach((session, member) -> tellOne(session, member, state, forceAfter));
        }
    }

    /** Tells one socket (just connected) who holds TAKE. */
    void tell(String showId, Session session, ControlState state, Duration forceAfter) {
        Map<Session, Member> members = byShow.get(showId);
        Member member = members == null ? null : members.get(session);
        if (member != null) {
            tellOne(session, member, state, forceAfter);
        }
    }

    private static void tellOne(Session session, Member member, ControlState state, Duration forceAfter) {
        if (session.isOpen()) {
            session.sendText(Json.write(ControlChanged.of(state.seenBy(member.consoleId(), forceAfter))), Callback.NOOP);
        }
    }
}
