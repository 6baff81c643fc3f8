package io.cuedeck.server.reports.export;

import io.cuedeck.protocol.CurvePoint;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.server.engine.cold.FireRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV export: one zip, one file per table, each UTF-8 with a byte order mark (what makes Excel
 * read Chinese and Korean as such) and quoted by Commons CSV (RFC 4180, CRLF). Written straight to
 * the response: the answers file is produced page by page from the cold store, so memory does not
 * grow with the number of answers.
 */
final class CsvExport {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final char BOM = '\uFEFF';

    private final ExportSource source;

    CsvExport(ExportSource source) {
        this.source = source;
    }

    void write(ExportData data, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Table table : List.of(ReportTables.summary(data), ReportTables.fires(data), ReportTables.options(data),
                ReportTables.languages(data), ReportTables.audit(data))) {
            file(zip, table.name(), table.headers(), csv -> {
                for (List<String> row : table.rows()) {
                    csv.printRecord(row);
                }
            });
        }
        file(zip, "curve", List.of("epoch_second", "time_utc", "viewers"), csv -> {
            for (CurvePoint p : data.curve()) {
                csv.printRecord(p.epochSecond(), java.time.Instant.ofEpochSecond(p.epochSecond()), p.viewers());
            }
        });
        file(zip, "answers", List.of("fire_id", "viewer_id", "option", "option_text", "text", "at"), csv -> {
            for (FireReport f : data.fires()) {
                FireRecord record = data.record(f);
                int options = record.cue().options().size();
                source.forEachAnswer(record.showId(), f.fireId(), a -> {
                    boolean known = a.choice() != null && a.choice() >= 0 && a.choice() < options;
                    try {
                        csv.printRecord(f.fireId(), a.viewerId(), a.choice() == null ? "" : a.choice() + 1,
                                known ? ReportTables.optionText(record.cue(), a.choice(), record.cue().defaultLang()) : "",
                                a.text() == null ? "" : a.text(), a.at());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        });
        zip.finish();
        zip.flush();
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static void file(ZipOutputStream zip, String name, List<String> headers, Rows rows) throws IOException {
        zip.putNextEntry(new ZipEntry(name + ".csv"));
        Writer writer = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        csv.printRecord(headers);
        try {
            rows.print(csv);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.close(true); // flushes into the entry; NonClosing keeps the zip open
        zip.closeEntry();
    }

    /** Lets a writer be closed without closing the zip under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
