package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.server.viewers.ViewerKey;
import io.cuedeck.server.viewers.ViewerTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * One show's viewers: each one's presence end (the value) and platform (the tag) in a
 * {@link ViewerTable}, so a million viewers are a few arrays and not millions of objects.
 *
 * <p>An index by end time makes counting cost proportional to the viewers whose presence ended
 * since the last expire (a second's worth), never to the whole audience. A viewer is filed under
 * each end it is given; an entry is current only while it equals the viewer's end (ends only
 * grow, so each viewer has exactly one current entry), and the others are skipped.
 */
final class ShowPresence {

    private final ViewerTable viewers = new ViewerTable();
    private final TreeMap<Long, KeyList> byEnd = new TreeMap<>();
    private final List<String> platformNames = new ArrayList<>();
    private final Map<String, Integer> platformTags = new HashMap<>();
    private final Map<String, Long> platforms = new HashMap<>();
    private long replacedPresences;

    /** True when the viewer joins (was absent before). */
    synchronized boolean touch(String viewerId, String platform, long now, long until) {
        long hi = ViewerKey.hi(viewerId);
        long lo = ViewerKey.lo(viewerId);
        int tag = platformTag(platform);
        int slot = viewers.add(hi, lo);
        if (slot < 0) {
            slot = ~slot;
            viewers.value(slot, until);
            viewers.tag(slot, tag);
            file(hi, lo, until);
            platforms.merge(platform, 1L, Long::sum);
            return true;
        }
        long end = viewers.value(slot);
        boolean rejoins = end <= now;
        if (rejoins) {
            replacedPresences++;
        }
        if (until > end) {
            viewers.value(slot, until);
            file(hi, lo, until);
        }
        int previous = viewers.tag(slot);
        if (previous != tag) {
            platforms.merge(platformNames.get(previous), -1L, Long::sum);
            platforms.merge(platform, 1L, Long::sum);
            viewers.tag(slot, tag);
        }
        return rejoins;
    }

    /** Adds the viewers whose presence has not ended at {@code now} to {@code into}; returns how many. */
    synchronized long copyPresent(long now, ViewerTable into) {
        long present = 0;
        for (int i = 0; i < viewers.capacity(); i++) {
            if (viewers.slot(i) && viewers.value(i) > now) {
                into.add(viewers.hi(i), viewers.lo(i));
                present++;
            }
        }
        return present;
    }

    synchronized long expire(long now) {
        long leaves = replacedPresences;
        replacedPresences = 0;
        long[] removed = {0};
        forEachEnded(now, slot -> {
            platforms.merge(platformNames.get(viewers.tag(slot)), -1L, Long::sum);
            viewers.remove(slot);
            removed[0]++;
        });
        byEnd.headMap(now, true).clear();
        platforms.values().removeIf(n -> n == 0);
        return leaves + removed[0];
    }

    synchronized long count(long now) {
        long[] ended = {0};
        forEachEnded(now, slot -> ended[0]++);
        return viewers.size() - ended[0];
    }

    synchronized Map<String, Long> countByPlatform(long now) {
        Map<String, Long> counts = new HashMap<>(platforms);
        forEachEnded(now, slot -> counts.merge(platformNames.get(viewers.tag(slot)), -1L, Long::sum));
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    /**
     * Calls {@code action} once with the slot of each viewer whose presence ended at or before
     * {@code now} (its current entry); the action may remove that viewer.
     */
    private void forEachEnded(long now, IntConsumer action) {
        for (Map.Entry<Long, KeyList> bucket : byEnd.headMap(now, true).entrySet()) {
            KeyList keys = bucket.getValue();
            for (int k = 0; k < keys.size(); k++) {
                int slot = current(keys.hi(k), keys.lo(k), bucket.getKey());
                if (slot >= 0) {
                    action.accept(slot);
                }
            }
        }
    }

    /** The viewer's slot if its presence ends at {@code end} (its entry there is current), else -1. */
    private int current(long hi, long lo, long end) {
        int slot = viewers.find(hi, lo);
        return slot >= 0 && viewers.value(slot) == end ? slot : -1;
    }

    private void file(long hi, long lo, long end) {
        byEnd.computeIfAbsent(end, e -> new KeyList()).add(hi, lo);
    }

    private int platformTag(String platform) {
        Integer tag = platformTags.get(platform);
        if (tag == null) {
            tag = platformNames.size();
            platformNames.add(platform);
            platformTags.put(platform, tag);
        }
        return tag;
    }
}
