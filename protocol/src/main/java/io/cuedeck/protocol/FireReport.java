package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cuedeck.protocol.reports.FireFunnel;
import io.cuedeck.protocol.reports.LanguageAnswers;
import io.cuedeck.protocol.reports.LeaderEntry;
import io.cuedeck.protocol.reports.SecondCount;
import io.cuedeck.protocol.reports.SocketWrites;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET .../fires/{fireId}/report}, read from counts kept as the show ran (never from the raw
 * answers), exact across nodes and reconnects.
 *
 * <ul>
 * <li>{@code targeted}: as in the fire's receipt, viewer sockets connected at the fire.</li>
 * <li>{@code delivered}: unique viewers the cue was written to, late joiners included (equals
 * {@code funnel.reachedWithLateJoiners}); it no longer counts socket writes, which are in
 * {@code socketWrites}.</li>
 * <li>{@code failed}: socket writes that failed ({@code socketWrites.failed}).</li>
 * <li>{@code acks}: unique viewers who acknowledged, late joiners included.</li>
 * <li>{@code ackLatencyMs}: from the fire to each first ack reaching the server; p50/p95/p99 are
 * the upper edge of a fixed bucket (5 ms wide below 1 s, 50 ms below 10 s), capped at the exact
 * {@code max}.</li>
 * <li>{@code answers}: accepted answers (one per viewer), late joiners included.</li>
 * <li>{@code distribution}: one count per option (empty for questions and announcements).</li>
 * <li>{@code correct}: answers on the correct option, quizzes only; {@code correctRate} is
 * {@code correct / answers} (0 with no answers), quizzes only.</li>
 * <li>{@code responseRate}: {@code answers / delivered} (0 when nothing was delivered).</li>
 * <li>{@code funnel}: the unique-viewer funnel, see {@link FireFunnel}.</li>
 * <li>{@code socketWrites}: the technical figure, socket writes and failures by reason.</li>
 * <li>{@code answersByLanguage}: accepted answers per viewer language, most answers first.</li>
 * <li>{@code leaderboard}: quizzes only, the 10 fastest correct viewers (fewer if fewer).</li>
 * <li>{@code answersPerSecond}: accepted answers per second from the fire's second to its close
 * (every second present, zeros included).</li>
 * <li>{@code refusedAnswers}: answers refused, by reason ({@code closed}, {@code duplicate},
 * {@code invalid}, {@code unavailable}); an answer naming a fire the server does not know is not
 * counted against any fire.</li>
 * </ul>
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
        double responseRate,
        FireFunnel funnel,
        SocketWrites socketWrites,
        List<LanguageAnswers> answersByLanguage,
        Double correctRate,
        List<LeaderEntry> leaderboard,
        List<SecondCount> answersPerSecond,
        Map<String, Long> refusedAnswers) {

    /** The size of {@link #leaderboard()}. */
    public static final int LEADERBOARD_SIZE = 10;
}
