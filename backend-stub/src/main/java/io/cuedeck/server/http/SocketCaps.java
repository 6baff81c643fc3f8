package io.cuedeck.server.http;

import io.cuedeck.protocol.ApiError;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.websocket.core.WebSocketConnection;

/**
 * The caps on viewer sockets: per address, per show and per node. A slot is taken when an
 * upgrade is admitted (before it happens, so a refusal costs no socket) and given back when the
 * socket closes, when the upgrade did not happen, or, as a last resort, when a sweep finds its
 * connection gone. Jetty tells it about every closed WebSocket connection (it is a connection
 * listener of the connectors), so no endpoint has to remember to.
 */
public final class SocketCaps implements Connection.Listener {

    /** Why an upgrade was refused, with the status and the seconds to wait. */
    public record Refusal(int status, ApiError error, long retryAfterSeconds) {
    }

    private record Slot(String ip, String show) {
    }

    private final LimitsConfig limits;
    private final Map<EndPoint, Slot> slots = new ConcurrentHashMap<>();
    private final Map<String, Integer> perIp = new HashMap<>();
    private final Map<String, Integer> perShow = new HashMap<>();
    private int total;

    public SocketCaps(LimitsConfig limits) {
        this.limits = limits;
    }

    /** Takes a slot for a viewer socket of {@code show} from {@code ip}, or says why not. */
    public synchronized Refusal admit(EndPoint endPoint, String ip, String show) {
        if (perIp.getOrDefault(ip, 0) >= limits.socketsPerIp()) {
            return new Refusal(429, new ApiError("too_many_sockets", "This address already has "
                    + limits.socketsPerIp() + " viewer sockets open, the most allowed."), 30);
        }
        if (limits.socketsPerShow() > 0 && perShow.getOrDefault(show, 0) >= limits.socketsPerShow()) {
            return new Refusal(503, new ApiError("full", "This show has as many viewers connected to this server as it "
                    + "allows; try again shortly."), 10);
        }
        if (total >= limits.socketsPerNode()) {
            return new Refusal(503, new ApiError("full", "This server has as many viewer sockets open as it can hold; "
                    + "try again shortly."), 10);
        }
        if (slots.putIfAbsent(endPoint, new Slot(ip, show)) == null) {
            perIp.merge(ip, 1, Integer::sum);
            perShow.merge(show, 1, Integer::sum);
            total++;
        }
        return null;
    }

    /** Gives back the slot of this connection, if it has one (idempotent). */
    public void release(EndPoint endPoint) {
        Slot slot = slots.remove(endPoint);
        if (slot != null) {
            synchronized (this) {
                perIp.computeIfPresent(slot.ip(), (k, n) -> n <= 1 ? null : n - 1);
                perShow.computeIfPresent(slot.show(), (k, n) -> n <= 1 ? null : n - 1);
                total--;
            }
        }
    }

    /** Slots whose connection closed without Jetty saying so (an upgrade that never completed). */
    public void sweep() {
        slots.keySet().stream().filter(e -> !e.isOpen()).toList().forEach(this::release);
    }

    public synchronized int total() {
        return total;
    }

    synchronized int forIp(String ip) {
        return perIp.getOrDefault(ip, 0);
    }

    @Override
    public void onOpened(Connection connection) {
    }

    @Override
    public void onClosed(Connection connection) {
        if (connection instanceof WebSocketConnection) {
            release(connection.getEndPoint());
        }
    }
}
