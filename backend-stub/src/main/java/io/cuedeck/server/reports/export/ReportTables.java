package io.cuedeck.server.reports.export;

import io.cuedeck.protocol.AuditEntry;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.Show;
import java.time.Duration;
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
        add(rows, "Time on air (s)", onAir(show, d.generatedAt()));
        add(rows, "Peak viewers", Long.toString(d.report().peakViewers()));
        add(rows, "Peak at", time(d.report().peakAt()));
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
                    Long.toString(f.ackLatencyMs().p99()), Long.toString(f.ackLatencyMs().max())));
        }
        return new Table("fires", "Fires and funnels", List.of("fire_id", "cue_id", "kind", "prompt", "fired_at",
                "closed_at", "targeted", "delivered", "failed", "acks", "answers", "response_rate", "correct",
                "ack_p50_ms", "ack_p95_ms", "ack_p99_ms", "ack_max_ms"), rows);
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
        return new Table("by_language", "By language", List.of("fire_id", "language", "default", "prompt",
                "options"), rows);
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

    private static String onAir(Show show, Instant now) {
        if (show.liveAt() == null) {
            return "0";
        }
        Instant end = show.endedAt() != null ? show.endedAt() : now;
        return Long.toString(Math.max(0, Duration.between(show.liveAt(), end).getSeconds()));
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
