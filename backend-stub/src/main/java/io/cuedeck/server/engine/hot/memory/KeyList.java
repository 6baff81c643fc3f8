package io.cuedeck.server.engine.hot.memory;

/** A growing list of viewer keys in one primitive array (hi, lo, hi, lo, ...). */
final class KeyList {

    private long[] keys = new long[32];
    private int size;

    void add(long hi, long lo) {
        if (2 * size + 2 > keys.length) {
            keys = java.util.Arrays.copyOf(keys, keys.length * 2);
        }
        keys[2 * size] = hi;
        keys[2 * size + 1] = lo;
        size++;
    }

    int size() {
        return size;
    }

    long hi(int i) {
        return keys[2 * i];
    }

    long lo(int i) {
        return keys[2 * i + 1];
    }
}
