package io.cuedeck.connector.audience;

/**
 * What a simulated crowd saw so far. Cue latency is from the server's {@code sentAt} to receipt,
 * in milliseconds (same machine, so the clocks agree); each viewer's first receipt of a fire counts
 * once. {@code heartbeatsSent} counts every heartbeat sent, {@code heartbeatsRefused} those answered
 * with anything but 2xx (e.g. 429), {@code heartbeatsFailed} those that got no answer. {@code reconnects} are tries to reconnect a dropped socket.
 * Added by the connector issue: {@code joins}, {@code leaves}, {@code heartbeatsFailed},
 * {@code resultsReceived}, {@code cueLatencyP99Ms}.
 */
public record AudienceStats(
        int targetViewers,
        int connected,
        long heartbeatsSent,
        long heartbeatsRefused,
        long cuesReceived,
        long acksSent,
        long answersSent,
        long answersAccepted,
        long answersRefused,
        long reconnects,
        long cueLatencyP50Ms,
        long cueLatencyP95Ms,
        long cueLatencyMaxMs,
        long joins,
        long leaves,
        long heartbeatsFailed,
        long resultsReceived,
        long cueLatencyP99Ms) {

    /** The spine's constructor, kept for source compatibility. */
    public AudienceStats(int targetViewers, int connected, long heartbeatsSent, long heartbeatsRefused,
                         long cuesReceived, long acksSent, long answersSent, long answersAccepted, long answersRefused,
                         long reconnects, long cueLatencyP50Ms, long cueLatencyP95Ms, long cueLatencyMaxMs) {
        this(targetViewers, connected, heartbeatsSent, heartbeatsRefused, cuesReceived, acksSent, answersSent,
                answersAccepted, answersRefused, reconnects, cueLatencyP50Ms, cueLatencyP95Ms, cueLatencyMaxMs,
                0, 0, 0, 0, 0);
    }
}
