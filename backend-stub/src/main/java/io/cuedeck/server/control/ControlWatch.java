package io.cuedeck.server.control;

import io.cuedeck.server.audit.Audit;
import io.cuedeck.server.engine.hot.ControlLocks;
import io.cuedeck.server.engine.hot.ControlLocks.Lease;
import io.cuedeck.server.http.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Session;

/**
 * Once a second, for each show with consoles on this node: renews the take-control lease while
 * the holding console's stream is open here, and tells this node's consoles when the lease changed
 * (a change made on another node, or a lease that lapsed because the holder's console went away;
 * a lapse is audited once, whichever node sees it). Runs on the ticker thread.
 */
public final class ControlWatch {

    private final ControlLocks locks;
    private final ControlSockets sockets;
    private final Audit audit;
    private final ControlConfig config;
    private final Map<String, String> toldVersion = new ConcurrentHashMap<>();
    private final Map<String, ControlState> toldState = new ConcurrentHashMap<>();

    public ControlWatch(ControlLocks locks, ControlSockets sockets, Audit audit, ControlConfig config) {
        this.locks = locks;
        this.sockets = sockets;
        this.audit = audit;
        this.config = config;
    }

    /** A console socket opened: remember it, and tell it at once who holds TAKE. */
    public void joined(String showId, Session session, String consoleId, Principal who) {
        sockets.joined(showId, session, consoleId, who);
        ControlState now = locks.get(showId).map(l -> ControlState.read(l.state())).orElse(ControlState.FREE);
        sockets.tell(showId, session, now, config.forceAfter());
    }

    public void left(String showId, Session session) {
        sockets.left(showId, session);
    }

    public void tick() {
        for (String show : sockets.shows()) {
            Optional<Lease> lease = locks.get(show);
            ControlState state = lease.map(l -> ControlState.read(l.state())).orElse(ControlState.FREE);
            String version = lease.map(Lease::version).orElse("");
            if (lease.isPresent() && state.holder() != null && sockets.connected(show, state.holder().consoleId())) {
                locks.renew(show, version, config.lease());
            }
            String told = toldVersion.put(show, version);
            ControlState before = toldState.put(show, state);
            // The first look after consoles joined compares with the free state they may have been told.
            if (!version.equals(told == null ? "" : told)) {
                if (lease.isEmpty() && before != null && before.holder() != null) {
                    audit.recordBy(Principal.SERVER, null, show, "lapse:" + told, "control.lapsed", null,
                            before.holder().name() + "'s console stopped answering for "
                                    + config.lease().toSeconds() + " s: control is free");
                }
                sockets.tell(show, state, config.forceAfter());
            }
        }
        toldVersion.keySet().retainAll(sockets.shows());
        toldState.keySet().retainAll(sockets.shows());
    }
}
