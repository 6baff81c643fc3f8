package io.cuedeck.server.audience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * This node's viewer sockets, by show. Other nodes hold their own; the bus connects them. Sockets
 * are added and removed on their show's lane (so never during one of its fan-outs); any thread
 * may read the sets, and the show's lane alone uses its {@link #groups}.
 */
public final class SocketHub {

    private final ConcurrentHashMap<String, Set<ViewerSocket>> byShow = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, WriterGroups> groups = new ConcurrentHashMap<>();
    private final AtomicBoolean changed = new AtomicBoolean();

    public void add(ViewerSocket socket) {
        if (byShow.computeIfAbsent(socket.showId(), id -> ConcurrentHashMap.newKeySet()).add(socket)) {
            groups.computeIfAbsent(socket.showId(), id -> new WriterGroups()).add(socket);
            changed.set(true);
        }
    }

    public void remove(ViewerSocket socket) {
        Set<ViewerSocket> sockets = byShow.get(socket.showId());
        if (sockets != null && sockets.remove(socket)) {
            groups.get(socket.showId()).remove(socket);
            changed.set(true);
        }
    }

    /** The show's sockets by writer, for its fan-outs: on the show's lane only. */
    WriterGroups groups(String showId) {
        return groups.getOrDefault(showId, NO_SOCKETS);
    }

    /** What a show without sockets on this node fans out to; never added to. */
    private static final WriterGroups NO_SOCKETS = new WriterGroups();

    public Set<ViewerSocket> sockets(String showId) {
        return byShow.getOrDefault(showId, Set.of());
    }

    public List<ViewerSocket> all() {
        List<ViewerSocket> out = new ArrayList<>();
        byShow.values().forEach(out::addAll);
        return out;
    }

    public long total() {
        long n = 0;
        for (Set<ViewerSocket> s : byShow.values()) {
            n += s.size();
        }
        return n;
    }

    /** Open sockets per show (shows without sockets left out). */
    public Map<String, Long> countsByShow() {
        Map<String, Long> out = new HashMap<>();
        byShow.forEach((show, sockets) -> {
            if (!sockets.isEmpty()) {
                out.put(show, (long) sockets.size());
            }
        });
        return out;
    }

    /** True (once) when sockets opened or closed since the last call. */
    boolean takeChanged() {
        return changed.getAndSet(false);
    }

    /** Closes every socket of a show that ended. */
    public void closeShow(String showId, String reason) {
        for (ViewerSocket s : sockets(showId)) {
            s.close(1000, reason);
        }
    }
}
