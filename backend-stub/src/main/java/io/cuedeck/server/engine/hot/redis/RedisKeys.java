package io.cuedeck.server.engine.hot.redis;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Every key name and the binary form of viewer ids, in one place.
 *
 * <p>Keys that one atomic step touches together share a Redis Cluster hash tag: all keys of a show
 * ({@code {show}}) for presence, the timeline and its open fires; all keys of a fire
 * ({@code {fire}}) for its counters and viewer sets. Node socket reports and idempotency keys are
 * single keys. Layout (P = prefix):
 * <pre>
 * P{S}:pr                 set of platforms seen in show S (at most {@value #MAX_PLATFORMS})
 * P{S}:pr:PLATFORM        zset viewer (16-byte UUID) -> presence expiry (epoch ms)
 * P{S}:prleft             ended presences a touch replaced before an expire (leaves to count)
 * P{S}:tl:NAME:MINUTE     hash second-of-minute -> value (per-second timeline, one hash a minute)
 * P{S}:open               zset fireId -> firedAt (epoch ms) of the show's open fires
 * P{S}:ctl                hash v (version), s (state) of the show's take-control lease, expiring with it
 * P{F}:f                  hash of fire F: fire (JSON), show, closedAt, delivered, failed, acks,
 *                         max, answers, c0..cN
 * P{F}:f:lat              hash latency bucket -> count
 * P{F}:f:acked            set of viewers who acked
 * P{F}:f:ans              set of viewers whose answer is confirmed (stored and counted)
 * P{F}:f:hold:VIEWER      "1" while the viewer's answer is claimed and not yet confirmed; lapses
 *                         by itself (PX); VIEWER is the hex of the viewer's binary form
 * P{S}:r:F:KIND          a fire F's reach (FireReach), on its show's slot: sets p, t, w, a, ans of
 *                         viewers (present, targeted, written, acked, answered); hashes lat, opt,
 *                         lang, sec, cnt; zset lead (viewer id -> ms)
 * P{S}:aud, P{S}:audc     the show's viewers seen (set) and their split (hash)
 * Psock:NODE              hash show -> open sockets on NODE, expiring with the report's TTL
 * Psock:nodes             zset node -> report expiry (an index of the hashes above)
 * Pidem:KEY               string "P" (pending) or "D" + result
 * Pbus                    pub/sub channel
 * Pcapacity:lease         the node running the capacity scheduler (PX: the lease's TTL)
 * Pcapacity:state         the capacity state that node last published (JSON, PX)
 * </pre>
 */
final class RedisKeys {

    static final int MAX_PLATFORMS = 32;

    private final String prefix;

    RedisKeys(String prefix) {
        this.prefix = prefix;
    }

    String presence(String showId) {
        return show(showId) + ":pr";
    }

    String presenceReplaced(String showId) {
        return show(showId) + ":prleft";
    }

    String timeline(String showId, String name, long minute) {
        return show(showId) + ":tl:" + name + ":" + minute;
    }

    String control(String showId) {
        return show(showId) + ":ctl";
    }

    String openFires(String showId) {
        return show(showId) + ":open";
    }

    String fire(String fireId) {
        return prefix + tag(fireId) + ":f";
    }

    String fireLatency(String fireId) {
        return fire(fireId) + ":lat";
    }

    String fireAcked(String fireId) {
        return fire(fireId) + ":acked";
    }

    String fireAnswered(String fireId) {
        return fire(fireId) + ":ans";
    }

    String fireHold(String fireId, byte[] viewer) {
        return fire(fireId) + ":hold:" + HexFormat.of().formatHex(viewer);
    }

    /** A part of fire {@code fireId}'s reach, on its show's slot (see {@link io.cuedeck.server.engine.hot.FireReach}). */
    String reach(String showId, String fireId, String kind) {
        return show(showId) + ":r:" + fireId + ":" + kind;
    }

    String audience(String showId) {
        return show(showId) + ":aud";
    }

    String audienceCounts(String showId) {
        return show(showId) + ":audc";
    }

    String presencePlatforms(String showId) {
        return presence(showId);
    }

    String nodeSockets(String nodeId) {
        return prefix + "sock:" + nodeId;
    }

    String socketNodes() {
        return prefix + "sock:nodes";
    }

    String idempotency(String key) {
        return prefix + "idem:" + key;
    }

    String busChannel() {
        return prefix + "bus";
    }

    String capacityLease() {
        return prefix + "capacity:lease";
    }

    String capacityState() {
        return prefix + "capacity:state";
    }

    /** A marker written at start; its absence later means Redis lost its data. */
    String epoch() {
        return prefix + "epoch";
    }

    private String show(String showId) {
        return prefix + tag(showId);
    }

    /**
     * {@code {id}}, or for an id that is empty or holds a brace (ids are generated, so only a
     * hostile one would) {@code {hex of the id}#}: the {@code #} after the brace keeps such keys
     * apart from those of an id that happens to equal the hex, and every key of the id still lands
     * in one slot.
     */
    static String tag(String id) {
        if (id.indexOf('{') < 0 && id.indexOf('}') < 0 && !id.isEmpty()) {
            return "{" + id + "}";
        }
        return "{" + HexFormat.of().formatHex(id.getBytes(StandardCharsets.UTF_8)) + "}#";
    }

    /**
     * A viewer id as stored in sets: a canonical lower-case UUID becomes its 16 bytes (the memory
     * budget per viewer depends on it); any other id is its UTF-8 bytes followed by 0xFF, padded so
     * that it is never 16 bytes long. The two forms can therefore never collide.
     */
    static byte[] viewer(String viewerId) {
        if (viewerId.length() == 36) {
            try {
                UUID uuid = UUID.fromString(viewerId);
                if (uuid.toString().equals(viewerId)) {
                    byte[] bytes = new byte[16];
                    long msb = uuid.getMostSignificantBits();
                    long lsb = uuid.getLeastSignificantBits();
                    for (int i = 0; i < 8; i++) {
                        bytes[i] = (byte) (msb >>> (56 - 8 * i));
                        bytes[8 + i] = (byte) (lsb >>> (56 - 8 * i));
                    }
                    return bytes;
                }
            } catch (IllegalArgumentException notUuid) {
                // stored as text below
            }
        }
        byte[] text = viewerId.getBytes(StandardCharsets.UTF_8);
        int length = text.length + 1 == 16 ? 17 : text.length + 1;
        byte[] bytes = new byte[length];
        System.arraycopy(text, 0, bytes, 0, text.length);
        for (int i = text.length; i < length; i++) {
            bytes[i] = (byte) 0xFF;
        }
        return bytes;
    }
}
