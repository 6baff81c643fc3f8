package io.cuedeck.server.viewers;

import java.util.function.LongPredicate;

/**
 * Viewers by {@link ViewerKey}, each with a long value and an int tag, in primitive arrays (open
 * addressing, linear probing). A table of a million viewers is a few arrays the collector never
 * scans, where a map of strings is millions of objects: with one new viewer per heartbeat, the
 * young collections' scan of such maps' tables was 60 % of their pauses (docs/benchmarks.md).
 *
 * <p>Not thread-safe: each owner guards its tables. A slot number is valid until the next
 * {@link #add} or {@link #remove}, which may move entries.
 */
public final class ViewerTable {

    private static final int MIN_CAPACITY = 16;

    private long[] his = new long[MIN_CAPACITY];
    private long[] los = new long[MIN_CAPACITY];
    private long[] values = new long[MIN_CAPACITY];
    private int[] tags = new int[MIN_CAPACITY];
    private boolean[] used = new boolean[MIN_CAPACITY];
    private int size;

    public int size() {
        return size;
    }

    /** The capacity of the arrays; {@link #slot} numbers run below it. */
    public int capacity() {
        return used.length;
    }

    /** The viewer's slot, or -1 when it is not in the table. */
    public int find(long hi, long lo) {
        int mask = used.length - 1;
        for (int i = home(hi, lo, mask); used[i]; i = (i + 1) & mask) {
            if (his[i] == hi && los[i] == lo) {
                return i;
            }
        }
        return -1;
    }

    /** The viewer's slot if it was there; if it was added (value and tag 0), {@code ~slot}, negative. */
    public int add(long hi, long lo) {
        if ((size + 1) * 2 > used.length) {
            rehash(used.length * 2);
        }
        int mask = used.length - 1;
        int i = home(hi, lo, mask);
        for (; used[i]; i = (i + 1) & mask) {
            if (his[i] == hi && los[i] == lo) {
                return i;
            }
        }
        used[i] = true;
        his[i] = hi;
        los[i] = lo;
        values[i] = 0;
        tags[i] = 0;
        size++;
        return ~i;
    }

    /** True when the slot holds a viewer (for a walk over {@code 0 <= slot < capacity()}). */
    public boolean slot(int slot) {
        return used[slot];
    }

    public long hi(int slot) {
        return his[slot];
    }

    public long lo(int slot) {
        return los[slot];
    }

    public long value(int slot) {
        return values[slot];
    }

    public void value(int slot, long value) {
        values[slot] = value;
    }

    public int tag(int slot) {
        return tags[slot];
    }

    public void tag(int slot, int tag) {
        tags[slot] = tag;
    }

    /** Removes the viewer in the slot; the entries after it in its run move back (no tombstones). */
    public void remove(int slot) {
        int mask = used.length - 1;
        int hole = slot;
        for (int i = (slot + 1) & mask; used[i]; i = (i + 1) & mask) {
            int home = home(his[i], los[i], mask);
            // the entry may fill the hole only if its home is not between the hole and itself
            if (((i - home) & mask) >= ((i - hole) & mask)) {
                move(i, hole);
                hole = i;
            }
        }
        used[hole] = false;
        size--;
    }

    /** Removes every viewer whose value matches; returns how many. The arrays shrink when mostly empty. */
    public int removeIf(LongPredicate byValue) {
        int removed = 0;
        for (int i = 0; i < used.length; i++) {
            // a removal may move a later entry into slot i: look at it again
            while (used[i] && byValue.test(values[i])) {
                remove(i);
                removed++;
            }
        }
        if (size * 8 < used.length && used.length > MIN_CAPACITY) {
            rehash(Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, size)) * 4));
        }
        return removed;
    }

    private void move(int from, int to) {
        his[to] = his[from];
        los[to] = los[from];
        values[to] = values[from];
        tags[to] = tags[from];
        used[to] = true;
    }

    private void rehash(int capacity) {
        long[] oldHis = his;
        long[] oldLos = los;
        long[] oldValues = values;
        int[] oldTags = tags;
        boolean[] oldUsed = used;
        his = new long[capacity];
        los = new long[capacity];
        values = new long[capacity];
        tags = new int[capacity];
        used = new boolean[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldUsed.length; j++) {
            if (oldUsed[j]) {
                int i = home(oldHis[j], oldLos[j], mask);
                while (used[i]) {
                    i = (i + 1) & mask;
                }
                used[i] = true;
                his[i] = oldHis[j];
                los[i] = oldLos[j];
                values[i] = oldValues[j];
                tags[i] = oldTags[j];
            }
        }
    }

    private static int home(long hi, long lo, int mask) {
        return (int) ViewerKey.mix(hi * 31 + lo) & mask;
    }
}
