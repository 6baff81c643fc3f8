package io.cuedeck.server.reports;

import io.cuedeck.protocol.AckLatency;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.reports.FireFunnel;
import io.cuedeck.protocol.reports.LanguageAnswers;
import io.cuedeck.protocol.reports.SecondCount;
import io.cuedeck.protocol.reports.SocketWrites;
import io.cuedeck.server.engine.cold.FireCounts;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns a fire's counts into its report: pure arithmetic, no store is read here. */
final class FireReports {

    private FireReports() {
    }

    static FireReport of(FireRecord fire, Instant closedAt, FireCounts c) {
        Cue cue = fire.cue();
        CueKind kind = cue.kind();
        FireFunnel funnel = funnel(c);
        Long correct = kind == CueKind.QUIZ && cue.correctOption() != null && cue.correctOption() < c.options().length
                ? c.options()[cue.correctOption()] : null;
        Double correctRate = correct == null ? null : c.answers() == 0 ? 0.0 : (double) correct / c.answers();
        long delivered = funnel.reachedWithLateJoiners();
        double responseRate = delivered == 0 ? 0 : (double) c.answers() / delivered;
        return new FireReport(fire.fireId(), cue.id(), kind, cue.prompt().get(cue.defaultLang()), fire.firedAt(),
                closedAt, fire.receipt().targeted(), delivered, c.failedWrites(), c.ackers(), latency(c),
                c.answers(), boxed(c.options()), correct, responseRate, funnel,
                new SocketWrites(c.writes(), c.failedWrites(), c.failures()), languages(c),
                correctRate, kind == CueKind.QUIZ ? c.leaders() : null, perSecond(c, fire.firedAt(), closedAt),
                c.refused());
    }

    static FireFunnel funnel(FireCounts c) {
        return new FireFunnel(c.presentAtTake(), c.targeted(), c.reached(), c.acked(), c.answered(), c.lateJoiners(),
                c.lateAcked(), c.lateAnswered(), c.reached() + c.lateJoiners());
    }

    static AckLatency latency(FireCounts c) {
        long[] h = c.latency();
        long max = c.maxLatencyMs();
        return new AckLatency(LatencyHistogram.percentile(h, max, 0.50), LatencyHistogram.percentile(h, max, 0.95),
                LatencyHistogram.percentile(h, max, 0.99), max);
    }

    private static List<Long> boxed(long[] values) {
        List<Long> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }

    private static List<LanguageAnswers> languages(FireCounts c) {
        List<LanguageAnswers> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : c.byLanguage().entrySet()) {
            long[] v = e.getValue();
            List<Long> dist = new ArrayList<>();
            for (int i = 1; i < v.length; i++) {
                dist.add(v[i]);
            }
            out.add(new LanguageAnswers(e.getKey(), v[0], dist));
        }
        out.sort(Comparator.comparingLong(LanguageAnswers::answers).reversed().thenComparing(LanguageAnswers::lang));
        return out;
    }

    /** Every second from the fire's to its close's (or the last answer's, while open), zeros included. */
    private static List<SecondCount> perSecond(FireCounts c, Instant firedAt, Instant closedAt) {
        long from = firedAt.getEpochSecond();
        long to = closedAt != null ? closedAt.getEpochSecond() : from;
        for (long s : c.perSecond().keySet()) {
            to = Math.max(to, s);
            from = Math.min(from, s);
        }
        List<SecondCount> out = new ArrayList<>();
        for (long s = from; s <= to && out.size() < 86_400; s++) {
            out.add(new SecondCount(s, c.perSecond().getOrDefault(s, 0L)));
        }
        return out;
    }
}
