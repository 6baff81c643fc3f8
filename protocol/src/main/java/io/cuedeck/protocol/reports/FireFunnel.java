package io.cuedeck.protocol.reports;

/**
 * A fire's funnel, every step in unique viewer ids across all nodes, reconnects and a node killed
 * mid-fire. The steps follow one cohort, the viewers targeted at TAKE, so no step exceeds the one
 * before it: {@code presentAtTake >= targeted >= reached >= acked >= answered}.
 *
 * <ul>
 * <li>{@code presentAtTake}: viewers present at the TAKE by a heartbeat that had not lapsed or by
 * an open socket, cluster-wide (the union of both).</li>
 * <li>{@code targeted}: viewers with at least one open socket to the show at the TAKE, on any node
 * (a viewer with two sockets counts once).</li>
 * <li>{@code reached}: targeted viewers the cue was written to at least once (a socket write that
 * completed), on whichever node, also after a reconnect.</li>
 * <li>{@code acked}: reached viewers who acknowledged the cue.</li>
 * <li>{@code answered}: acked viewers whose answer was accepted.</li>
 * </ul>
 *
 * <p>Late joiners are shown apart: {@code lateJoiners} counts viewers the cue was written to who
 * were not targeted at the TAKE (they opened their socket while the answer window was open);
 * {@code lateJoinersAcked} and {@code lateJoinersAnswered} are their acks and accepted answers.
 * {@code reachedWithLateJoiners} is "reached, late joiners included", {@code reached + lateJoiners}:
 * the one figure that may exceed {@code targeted}, and labelled so wherever it is shown.
 */
public record FireFunnel(
        long presentAtTake,
        long targeted,
        long reached,
        long acked,
        long answered,
        long lateJoiners,
        long lateJoinersAcked,
        long lateJoinersAnswered,
        long reachedWithLateJoiners) {

    public static final FireFunnel EMPTY = new FireFunnel(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
