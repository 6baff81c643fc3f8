package io.cuedeck.server.viewers;

/**
 * A viewer id as 128 bits, so that per-viewer tables ({@link ViewerTable}) hold no object per
 * viewer. Every id the API accepts is a UUID, lower-cased by the checks: its key is its own bits,
 * so two ids share a key only if they are the same id. Any other string (tests and tools use
 * short names) is keyed by two independent 64-bit hashes of its characters. No table gives ids
 * back: they count, and test membership.
 */
public final class ViewerKey {

    private static final long SEED_HI = 0x9E3779B97F4A7C15L;
    private static final long SEED_LO = 0xC2B2AE3D27D4EB4FL;

    private ViewerKey() {
    }

    /** True when {@code id} is a lower-case canonical UUID (8-4-4-4-12 hex digits). */
    public static boolean isUuid(String id) {
        if (id.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            boolean ok = (i == 8 || i == 13 || i == 18 || i == 23) ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The high 64 bits of the id's key. */
    public static long hi(String id) {
        return isUuid(id) ? hex(id, 0, 8) << 32 | hex(id, 9, 13) << 16 | hex(id, 14, 18) : hash(id, SEED_HI);
    }

    /** The low 64 bits of the id's key. */
    public static long lo(String id) {
        return isUuid(id) ? hex(id, 19, 23) << 48 | hex(id, 24, 36) : hash(id, SEED_LO);
    }

    private static long hex(String id, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = id.charAt(i);
            v = v << 4 | (c <= '9' ? c - '0' : c - 'a' + 10);
        }
        return v;
    }

    private static long hash(String id, long seed) {
        long h = seed ^ id.length();
        for (int i = 0; i < id.length(); i++) {
            h = mix(h ^ id.charAt(i));
        }
        return mix(h);
    }

    /** A 64-bit finaliser (murmur3's): spreads keys whose bits differ only at one end. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }
}
