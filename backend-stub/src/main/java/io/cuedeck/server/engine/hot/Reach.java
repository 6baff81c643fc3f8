package io.cuedeck.server.engine.hot;

import java.util.Set;

/**
 * The funnel's set arithmetic, once for every engine that holds its sets in this process (the
 * Redis engine does the same in its script): see {@link FireReach}.
 */
public record Reach(long presentAtTake, long targeted, long reached, long acked, long answered,
        long lateJoiners, long lateAcked, long lateAnswered) {

    public static Reach of(Set<String> present, Set<String> targeted, Set<String> written, Set<String> acked,
            Set<String> answered) {
        long presentAtTake = targeted.size();
        for (String v : present) {
            if (!targeted.contains(v)) {
                presentAtTake++;
            }
        }
        long reached = 0;
        long ackedN = 0;
        long answeredN = 0;
        long late = 0;
        long lateAcked = 0;
        long lateAnswered = 0;
        for (String v : written) {
            boolean ack = acked.contains(v);
            boolean answer = ack && answered.contains(v);
            if (targeted.contains(v)) {
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
}
