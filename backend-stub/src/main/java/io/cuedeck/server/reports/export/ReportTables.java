package io.cuedeck.server.reports.export;

import io.cuedeck.protocol.AuditEntry;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.reports.Check;
import io.cuedeck.protocol.reports.CurveMarker;
import io.cuedeck.protocol.reports.FireFunnel;
import io.cuedeck.protocol.reports.LanguageAnswers;
import io.cuedeck.protocol.reports.LeaderEntry;
import io.cuedeck.protocol.reports.Reconciliation;
import io.cuedeck.protocol.reports.SecondCount;
import io.cuedeck.protocol.reports.SocketWrites;
import io.cuedeck.protocol.reports.Split;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables both exports write, built once from {@link ExportData} so that the CSV and the PDF
 * say the same thing. Instants are ISO-8601 UTC, rates are fractions with four decimals (the PDF
 * shows them as percentages), counts are plain integers.
 */
final class ReportTables {

    private ReportTables() {
    }

    static Table summary(ExportData d) {
        Show show = d.show();
        List<List<String>> rows = new ArrayList<>();
        add(rows, "Show", show.title());
        add(rows, "Show id", show.id());
        add(rows, "Status", show.status() == null ? "" : show.status().name().toLowerCase(Locale.ROOT));
        add(rows, "Scheduled start", time(show.scheduledStart()));
        add(rows, "Scheduled end", time(show.scheduledEnd()));
        add(rows, "On air at", time(show.liveAt()));
        add(rows, "Ended at", time(show.endedAt()));
        ShowReport r = d.report();
        add(rows, "Time on air (s)", Long.toString(r.timeOnAirSeconds()));
        add(rows, "Peak viewers", Long.toString(r.peakViewers()));
        add(rows, "Peak at", time(r.peakAt()));
        add(rows, "Average viewers", String.format(Locale.ROOT, "%.1f", r.averageViewers()));
        add(rows, "Median viewers", Long.toString(r.medianViewers()));
        add(rows, "Unique viewers", Long.toString(r.uniqueViewers()));
        add(rows, "Fires", Integer.toString(d.report().fires().size()));
        add(rows, "Answers", Long.toString(d.report().fires().stream().mapToLong(FireReport::answers).sum()));
        if (d.oneFire()) {
            FireReport f = d.fire();
            add(rows, "Fire id", f.fireId());
            add(rows, "Cue", f.kind().name().toLowerCase(Locale.ROOT) + ": " + f.prompt());
            add(rows, "Fired at", time(f.firedAt()));
            add(rows, "Closed at", time(f.closedAt()));
            add(rows, "Targeted", Long.toString(f.targeted()));
            add(rows, "Delivered", Long.toString(f.delivered()));
            add(rows, "Acks", Long.toString(f.acks()));
            add(rows, "Fire answers", Long.toString(f.answers()));
            add(rows, "Response rate", rate(f.responseRate()));
        }
        Reconciliation rec = r.reconciliation();
        if (rec != null) {
            add(rows, "Every second snapshotted", check(rec.snapshots()));
            add(rows, "Every accepted answer stored", check(rec.answers()));
        }
        add(rows, "Report generated at", time(d.generatedAt()));
        return new Table("summary", "Summary", List.of("figure", "value"), rows);
    }

    static Table fires(ExportData d) {
        List<List<String>> rows = new ArrayList<>();
        for (FireReport f : d.fires()) {
            rows.add(row(f.fireId(), f.cueId(), kind(f), f.prompt(), time(f.firedAt()), time(f.closedAt()),
                    Long.toString(f.targeted()), Long.toString(f.delivered()), Long.toString(f.failed()),
                    Long.toString(f.acks()), Long.toString(f.answers()), rate(f.responseRate()),
                    f.correct() == null ? "" : Long.toString(f.correct()),
                    Long.toString(f.ackLatencyMs().p50()), Long.toString(f.ackLatencyMs().p95()),
                    Long.toString(f.ackLatencyMs().p99()), Long.toString(f.ackLatencyMs().max()),
                    f.correctRate() == null ? "" : rate(f.correctRate()),
                    n(funnel(f).presentAtTake()), n(funnel(f).targeted()), n(funnel(f).reached()), n(funnel(f).acked()),
                    n(funnel(f).answered()), n(funnel(f).lateJoiners()), n(funnel(f).lateJoinersAcked()),
                    n(funnel(f).lateJoinersAnswered()), n(funnel(f).reachedWithLateJoiners()),
                    n(writes(f).writes()), n(writes(f).failed()), reasons(writes(f).failuresByReason()),
                    reasons(f.refusedAnswers())));
        }
        return new Table("fires", "Fires and funnels", List.of("fire_id", "cue_id", "kind", "prompt", "fired_at",
                "closed_at", "targeted", "delivered", "failed", "acks", "answers", "response_rate", "correct",
                "ack_p50_ms", "ack_p95_ms", "ack_p99_ms", "ack_max_ms", "correct_rate",
                "funnel_present_at_take", "funnel_targeted", "funnel_reached", "funnel_acked", "funnel_answered",
                "late_joiners", "late_joiners_acked", "late_joiners_answered", "reached_late_joiners_included",
                "socket_writes", "socket_writes_failed", "socket_failures_by_reason", "refused_answers_by_reason"),
                rows);
    }

    /** Each option of each poll and quiz: its text in the cue's default language and its answers. */
    static Table options(ExportData d) {
        List<List<String>> rows = new ArrayList<>();
        for (FireReport f : d.fires()) {
            Cue cue = d.record(f).cue();
            long total = f.distribution().stream().mapToLong(Long::longValue).sum();
            for (int i = 0; i < f.distribution().size(); i++) {
                long n = f.distribution().get(i);
                boolean correct = cue.correctOption() != null && cue.correctOption() == i && f.correct() != null;
                rows.add(row(f.fireId(), Integer.toString(i + 1), optionText(cue, i, cue.defaultLang()),
                        Long.toString(n), rate(total == 0 ? 0 : (double) n / total), correct ? "yes" : ""));
            }
        }
        return new Table("options", "Answers per option", List.of("fire_id", "option", "text", "answers", "share",
                "correct"), rows);
    }

    /** What each fire said in each of its languages: the prompt and the options. */
    static Table languages(ExportData d) {
        List<List<String>> rows = new ArrayList<>();
        for (FireReport f : d.fires()) {
            Cue cue = d.record(f).cue();
            for (Map.Entry<String, String> prompt : languagesOf(cue)) {
                String lang = prompt.getKey();
                List<String> options = new ArrayList<>();
                for (int i = 0; i < cue.options().size(); i++) {
                    options.add(optionText(cue, i, lang));
                }
                rows.add(row(f.fireId(), lang, lang.equals(cue.defaultLang()) ? "yes" : "", prompt.getValue(),
                        String.join(" | ", options)));
            }
        }
        return new Table("cue_languages", "What each fire said, by language", List.of("fire_id", "language",
                "default", "prompt", "options"), rows);
    }

    /** Accepted answers by the viewer's language, per fire: counts and, per option, its share. */
    static Table byLanguage(ExportData d) {
        List<List<String>> rows = new ArrayList<>();
        for (FireReport f : d.fires()) {
            for (LanguageAnswers l : list(f.answersByLanguage())) {
                List<String> counts = new ArrayList<>();
                for (Long c : l.distribution()) {
                    counts.add(Long.toString(c));
                }
                rows.add(row(f.fireId(), l.lang(), n(l.answers()), rate(f.answers() == 0 ? 0 : (double) l.answers()
                        / f.answers()), String.join(" | ", counts)));
            }
        }
        return new Table("by_language", "Answers by viewer language", List.of("fire_id", "language", "answers",
                "share", "per_option"), rows);
    }

    static Table leaderboard(ExportData d) {
        List<List<String>> rows = new ArrayList<>();
        for (FireReport f : d.fires()) {
            for (LeaderEntry e : list(f.leaderboard())) {
                rows.add(row(f.fireId(), Integer.toString(e.rank()), e.viewerId(), n(e.ms())));
            }
        }
        return new Table("leaderboard", "Quiz leaderboard", List.of("fire_id", "rank", "viewer_id", "ms"), rows);
    }

    static Table answersPerSecond(ExportData d) {
        List<List<String>> rows = new ArrayList<>();
        for (FireReport f : d.fires()) {
            for (SecondCount c : list(f.answersPerSecond())) {
                rows.add(row(f.fireId(), n(c.epochSecond()), time(Instant.ofEpochSecond(c.epochSecond())), n(c.count())));
            }
        }
        return new Table("answers_per_second", "Answers per second", List.of("fire_id", "epoch_second", "time_utc",
                "answers"), rows);
    }

    /** The show's unique viewers by platform, region and language. */
    static Table split(ExportData d) {
        List<List<String>> rows = new ArrayList<>();
        Split split = d.report().split() == null ? Split.NONE : d.report().split();
        for (var part : List.of(Map.entry("platform", split.platform()), Map.entry("region", split.region()),
                Map.entry("language", split.language()))) {
            part.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> rows.add(row(part.getKey(), e.getKey(), n(e.getValue()))));
        }
        return new Table("split", "Unique viewers by platform, region and language", List.of("dimension", "value",
                "viewers"), rows);
    }

    /** What is marked on the viewer curve: fires and capacity boosts. */
    static Table markers(ExportData d) {
        List<List<String>> rows = new ArrayList<>();
        for (CurveMarker m : list(d.report().markers())) {
            if (!d.oneFire() || d.fire().fireId().equals(m.id())) {
                rows.add(row(m.kind(), m.id(), m.label(), time(m.at()), time(m.until())));
            }
        }
        return new Table("markers", "Marks on the viewer curve", List.of("kind", "id", "label", "at", "until"), rows);
    }

    static Table audit(ExportData d) {
        List<List<String>> rows = new ArrayList<>();
        for (AuditEntry e : d.audit()) {
            rows.add(row(time(e.at()), text(e.action()), text(e.actor()), text(e.role()), text(e.address()),
                    text(e.target()), text(e.detail()), text(e.idempotencyKey())));
        }
        return new Table("audit", "Audit trail", List.of("at", "action", "actor", "role", "address", "target",
                "detail", "idempotency_key"), rows);
    }

    /** The cue's prompts, its default language first, then by tag. */
    static List<Map.Entry<String, String>> languagesOf(Cue cue) {
        List<Map.Entry<String, String>> out = new ArrayList<>(cue.prompt().entrySet());
        out.sort(java.util.Comparator.comparing((Map.Entry<String, String> e) -> !e.getKey().equals(cue.defaultLang()))
                .thenComparing(Map.Entry::getKey));
        return out;
    }

    static FireFunnel funnel(FireReport f) {
        return f.funnel() == null ? FireFunnel.EMPTY : f.funnel();
    }

    static SocketWrites writes(FireReport f) {
        return f.socketWrites() == null ? SocketWrites.NONE : f.socketWrites();
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    static String check(Check c) {
        return c == null ? "" : (c.ok() ? "ok: " : "NOT OK: ") + c.detail();
    }

    static String n(long v) {
        return Long.toString(v);
    }

    /** {@code closed=2; timeout=1}, by reason name; empty for none. */
    static String reasons(Map<String, Long> byReason) {
        if (byReason == null || byReason.isEmpty()) {
            return "";
        }
        return byReason.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining("; "));
    }

    static String optionText(Cue cue, int i, String lang) {
        Map<String, String> option = cue.options().get(i);
        String text = option.get(lang);
        return text != null ? text : text(option.get(cue.defaultLang()));
    }

    static String kind(FireReport f) {
        return f.kind().name().toLowerCase(Locale.ROOT);
    }

    static String time(Instant at) {
        return at == null ? "" : at.toString();
    }

    static String rate(double r) {
        return String.format(Locale.ROOT, "%.4f", r);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void add(List<List<String>> rows, String label, String value) {
        rows.add(row(label, value));
    }

    /** A row whose missing cells are empty. */
    private static List<String> row(String... cells) {
        List<String> out = new ArrayList<>(cells.length);
        for (String c : cells) {
            out.add(c == null ? "" : c);
        }
        return out;
    }
}
