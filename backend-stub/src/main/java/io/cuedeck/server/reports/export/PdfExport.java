package io.cuedeck.server.reports.export;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.FireReport;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The PDF export: a title page; the summary figures; the viewer curve with the fires marked; the
 * fires table; per fire its prompt in every language, its funnel and answers per option as
 * charts and a table; what was sent in each language; the audit trail. It carries counts, not the
 * raw answers (those are in the CSV zip), so its size follows the number of fires, not of answers.
 * PDFBox keeps the document's streams in a temporary file, not the heap, until it is saved to the
 * response.
 */
final class PdfExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    void write(ExportData data, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
                TrueTypeCollection fonts = ReportFont.open()) {
            PdfLayout pdf = new PdfLayout(doc, ReportFont.load(doc, fonts));
            info(doc, data);
            titlePage(pdf, data);
            pdf.newPage();
            pdf.heading("Summary");
            Table summary = ReportTables.summary(data);
            pdf.table(List.of("Figure", "Value"), summary.rows(), new float[] {1, 2}, 9);
            pdf.heading(data.oneFire() ? "Viewers around the fire" : "Viewers per second");
            pdf.image(ReportCharts.curve(data.curve(), data.fires(), (int) pdf.width(), 200), pdf.width());
            pdf.paragraph("Red lines: fires, numbered as in the table below.", 8);
            pdf.heading("Fires and funnels");
            pdf.table(List.of("#", "Kind", "Prompt", "Fired at", "Targeted", "Delivered", "Acks", "Answers",
                    "Response", "Ack p95 ms"), fireRows(data), new float[] {0.4f, 1, 3.4f, 1.8f, 1, 1, 1, 1, 1, 1}, 7.5f);
            for (int i = 0; i < data.fires().size(); i++) {
                fire(pdf, data, i);
            }
            Table languages = ReportTables.languages(data);
            pdf.heading(languages.title());
            pdf.table(List.of("Fire", "Language", "Prompt", "Options"), languages.rows().stream()
                    .map(r -> List.of(r.get(0), r.get(1) + (r.get(2).isEmpty() ? "" : " (default)"), r.get(3), r.get(4)))
                    .toList(), new float[] {1.4f, 1, 3, 3}, 8);
            Table audit = ReportTables.audit(data);
            pdf.heading(audit.title());
            if (audit.rows().isEmpty()) {
                pdf.paragraph("No producer action is recorded for this show.", 9);
            }
            pdf.table(List.of("At", "Action", "Who", "Role", "Target", "Detail"), audit.rows().stream()
                    .map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(5), r.get(6))).toList(),
                    new float[] {1.7f, 1.2f, 1, 0.8f, 1.3f, 3}, 7.5f);
            pdf.close();
            doc.save(out);
        }
    }

    private static void info(PDDocument doc, ExportData data) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Cuedeck report: " + data.show().title());
        info.setCreator("Cuedeck");
        info.setCreationDate(java.util.GregorianCalendar.from(data.generatedAt().atZone(ZoneOffset.UTC)));
    }

    private static void titlePage(PdfLayout pdf, ExportData data) throws IOException {
        pdf.newPage();
        pdf.moveTo(230);
        pdf.centered(data.oneFire() ? "Cuedeck fire report" : "Cuedeck show report", 16);
        pdf.space(14);
        pdf.centered(data.show().title(), 26);
        if (data.oneFire()) {
            pdf.space(8);
            pdf.centered(data.fire().prompt(), 16);
        }
        pdf.space(24);
        pdf.centered("Show " + data.show().id() + (data.oneFire() ? ", fire " + data.fire().fireId() : ""), 10);
        pdf.centered(onAir(data), 10);
        pdf.space(24);
        pdf.centered("Generated " + DAY.format(data.generatedAt()), 9);
    }

    private static String onAir(ExportData data) {
        Instant live = data.show().liveAt();
        Instant ended = data.show().endedAt();
        if (live == null) {
            return "Not on air yet";
        }
        return "On air " + DAY.format(live) + (ended == null ? ", still live" : " to " + DAY.format(ended));
    }

    private static List<List<String>> fireRows(ExportData data) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < data.fires().size(); i++) {
            FireReport f = data.fires().get(i);
            rows.add(List.of(Integer.toString(i + 1), ReportTables.kind(f), text(f.prompt()), time(f.firedAt()),
                    Long.toString(f.targeted()), Long.toString(f.delivered()), Long.toString(f.acks()),
                    Long.toString(f.answers()), percent(f.responseRate()), Long.toString(f.ackLatencyMs().p95())));
        }
        return rows;
    }

    private static void fire(PdfLayout pdf, ExportData data, int index) throws IOException {
        FireReport f = data.fires().get(index);
        Cue cue = data.record(f).cue();
        pdf.heading("Fire " + (index + 1) + ": " + ReportTables.kind(f) + ", " + time(f.firedAt()));
        for (var prompt : ReportTables.languagesOf(cue)) {
            pdf.paragraph(prompt.getKey() + ": " + prompt.getValue(), 10);
        }
        pdf.space(4);
        pdf.image(ReportCharts.bars(List.of("Targeted", "Delivered", "Acks", "Answers"),
                List.of(f.targeted(), f.delivered(), f.acks(), f.answers()), -1, (int) pdf.width()), pdf.width());
        pdf.paragraph("Ack latency p50 " + f.ackLatencyMs().p50() + " ms, p95 " + f.ackLatencyMs().p95() + " ms, p99 "
                + f.ackLatencyMs().p99() + " ms, max " + f.ackLatencyMs().max() + " ms. Failed writes: " + f.failed()
                + ". Response rate " + percent(f.responseRate()) + ".", 9);
        if (!f.distribution().isEmpty()) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < f.distribution().size(); i++) {
                labels.add((i + 1) + ". " + ReportTables.optionText(cue, i, cue.defaultLang()));
            }
            int correct = f.correct() != null && cue.correctOption() != null ? cue.correctOption() : -1;
            pdf.space(4);
            pdf.image(ReportCharts.bars(labels, f.distribution(), correct, (int) pdf.width()), pdf.width());
            long total = f.distribution().stream().mapToLong(Long::longValue).sum();
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                long n = f.distribution().get(i);
                rows.add(List.of(labels.get(i) + (i == correct ? " (correct)" : ""), Long.toString(n),
                        percent(total == 0 ? 0 : (double) n / total)));
            }
            pdf.table(List.of("Option", "Answers", "Share"), rows, new float[] {5, 1, 1}, 8.5f);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String time(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }
}
