package io.cuedeck.server.engine.hot.memory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One show's viewers. An index by expiry time makes counting cost proportional to the viewers
 * whose presence ended since the last expire (a second's worth), never to the whole audience.
 */
final class ShowPresence {

    private static final class Viewer {
        long expiresAt;
        String platform;

        Viewer(long expiresAt, String platform) {
            this.expiresAt = expiresAt;
            this.platform = platform;
        }
    }

    private final Map<String, Viewer> viewers = new HashMap<>();
    private final TreeMap<Long, Set<String>> byExpiry = new TreeMap<>();
    private final Map<String, Long> platforms = new HashMap<>();
    private long replacedPresences;

    /** True when the viewer joins (was absent before). */
    synchronized boolean touch(String viewerId, String platform, long now, long until) {
        Viewer viewer = viewers.get(viewerId);
        if (viewer == null) {
            viewers.put(viewerId, new Viewer(until, platform));
            index(viewerId, until);
            platforms.merge(platform, 1L, Long::sum);
            return true;
        }
        boolean rejoins = viewer.expiresAt <= now;
        if (rejoins) {
            replacedPresences++;
        }
        if (until > viewer.expiresAt) {
            unindex(viewerId, viewer.expiresAt);
            viewer.expiresAt = until;
            index(viewerId, until);
        }
        if (!viewer.platform.equals(platform)) {
            platforms.merge(viewer.platform, -1L, Long::sum);
            platforms.merge(platform, 1L, Long::sum);
            viewer.platform = platform;
        }
        return rejoins;
    }

    /** The viewers whose presence has not ended at {@code now}. */
    synchronized java.util.List<String> present(long now) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Map.Entry<String, Viewer> e : viewers.entrySet()) {
            if (e.getValue().expiresAt > now) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    synchronized long expire(long now) {
        long leaves = replacedPresences;
        replacedPresences = 0;
        var ended = byExpiry.headMap(now, true);
        for (Set<String> ids : ended.values()) {
            for (String id : ids) {
                platforms.merge(viewers.remove(id).platform, -1L, Long::sum);
                leaves++;
            }
        }
        ended.clear();
        platforms.values().removeIf(n -> n == 0);
        return leaves;
    }

    synchronized long count(long now) {
        long ended = 0;
        for (Set<String> ids : byExpiry.headMap(now, true).values()) {
            ended += ids.size();
        }
        return viewers.size() - ended;
    }

    synchronized Map<String, Long> countByPlatform(long now) {
        Map<String, Long> counts = new HashMap<>(platforms);
        for (Set<String> ids : byExpiry.headMap(now, true).values()) {
            for (String id : ids) {
                counts.merge(viewers.get(id).platform, -1L, Long::sum);
            }
        }
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    private void index(String viewerId, long expiresAt) {
        byExpiry.computeIfAbsent(expiresAt, t -> new HashSet<>()).add(viewerId);
    }

    private void unindex(String viewerId, long expiresAt) {
        Set<String> ids = byExpiry.get(expiresAt);
        ids.remove(viewerId);
        if (ids.isEmpty()) {
            byExpiry.remove(expiresAt);
        }
    }
}
