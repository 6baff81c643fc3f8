package io.cuedeck.server.engine.hot;

import io.cuedeck.server.viewers.ViewerTable;

/**
 * The funnel's set arithmetic, once for every engine that holds its sets in this process (the
 * Redis engine does the same in its script): see {@link FireReach}. The sets are
 * {@link ViewerTable}s of viewer keys.
 */
public record Reach(long presentAtTake, long targeted, long reached, long acked, long answered,
        long lateJoiners, long lateAcked, long lateAnswered) {

    public static Reach of(ViewerTable present, ViewerTable targeted, ViewerTable written, ViewerTable acked,
            ViewerTable answered) {
        long presentAtTake = targeted.size();
        for (int i = 0; i < present.capacity(); i++) {
            if (present.slot(i) && !contains(targeted, present, i)) {
                presentAtTake++;
            }
        }
        long reached = 0;
        long ackedN = 0;
        long answeredN = 0;
        long late = 0;
        long lateAcked = 0;
        long lateAnswered = 0;
        for (int i = 0; i < written.capacity(); i++) {
            if (!written.slot(i)) {
                continue;
            }
            boolean ack = contains(acked, written, i);
            boolean answer = ack && contains(answered, written, i);
            if (contains(targeted, written, i)) {
                reached++;
                ackedN += ack ? 1 : 0;
                answeredN += answer ? 1 : 0;
            } else {
                late++;
                lateAcked += ack ? 1 : 0;
                lateAnswered += answer ? 1 : 0;
            }
        }
        return new Reach(presentAtTake, targeted.size(), reached, ackedN, answeredN, late, lateAcked, lateAnswered);
    }

    /** Whether {@code set} holds the viewer in {@code slot} of {@code from}. */
    private static boolean contains(ViewerTable set, ViewerTable from, int slot) {
        return set.find(from.hi(slot), from.lo(slot)) >= 0;
    }
}
