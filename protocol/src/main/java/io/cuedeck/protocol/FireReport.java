package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET .../fires/{fireId}/report}. {@code delivered} counts viewers the cue was written to,
 * including viewers who connected while the answer window was open (so it can exceed
 * {@code targeted}, the sockets connected at the fire), {@code failed} writes that failed, {@code acks} viewers that acknowledged. {@code distribution}
 * has one count per option (empty for questions and announcements); {@code correct} is set for
 * quizzes only; {@code responseRate} is answers / delivered (0 when nothing was delivered).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FireReport(
        String fireId,
        String cueId,
        CueKind kind,
        String prompt,
        Instant firedAt,
        Instant closedAt,
        long targeted,
        long delivered,
        long failed,
        long acks,
        AckLatency ackLatencyMs,
        long answers,
        List<Long> distribution,
        Long correct,
        double responseRate) {
}
