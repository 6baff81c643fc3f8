package io.cuedeck.connector.audience;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** What the crowd did and saw, counted from many threads without locks. */
final class Counters {

    final AtomicInteger connected = new AtomicInteger();
    final LongAdder joins = new LongAdder();
    final LongAdder leaves = new LongAdder();
    final LongAdder heartbeatsSent = new LongAdder();
    final LongAdder heartbeatsRefused = new LongAdder();
    final LongAdder heartbeatsFailed = new LongAdder();
    final LongAdder cuesReceived = new LongAdder();
    final LongAdder acksSent = new LongAdder();
    final LongAdder answersSent = new LongAdder();
    final LongAdder answersAccepted = new LongAdder();
    final LongAdder answersRefused = new LongAdder();
    final LongAdder resultsReceived = new LongAdder();
    final LongAdder reconnects = new LongAdder();
    final LatencyRecorder cueLatency = new LatencyRecorder();

    AudienceStats snapshot(int target) {
        return new AudienceStats(target, connected.get(), heartbeatsSent.sum(), heartbeatsRefused.sum(),
                cuesReceived.sum(), acksSent.sum(), answersSent.sum(), answersAccepted.sum(), answersRefused.sum(),
                reconnects.sum(), cueLatency.percentile(0.50), cueLatency.percentile(0.95), cueLatency.max(),
                joins.sum(), leaves.sum(), heartbeatsFailed.sum(), resultsReceived.sum(), cueLatency.percentile(0.99));
    }
}
