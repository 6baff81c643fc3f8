package io.cuedeck.server.reports.export;

import static io.cuedeck.server.testing.TestServer.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.FireTotals;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import io.cuedeck.server.testing.ChildServer;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A show with 1,000,000 stored answers (seeded into the SQLite cold store directly, in batches of
 * 50,000 per transaction), exported by a server in a child JVM started with {@code -Xmx256m}: the
 * CSV zip is read as it streams in and every answer is counted, and the PDF carries the total.
 * The answers are rows in the store's own table, as the journal would have written them.
 * About 35 s on a shared 2-core machine (seeding ~8 s, the CSV ~15 s, the PDF ~7 s).
 */
class MillionAnswerExportTest {

    static final int ANSWERS = 1_000_000;
    static final int OPTIONS = 4;
    static final Instant LIVE = Instant.parse("2026-11-21T20:00:00Z");
    static Path data;
    static ChildServer child;
    static String base;

    @BeforeAll
    static void aShowWithAMillionAnswersAndAServerAt256Megabytes() {
        data = TestServer.tempDir();
        long started = System.nanoTime();
        try (SqliteColdStore store = SqliteColdStore.open(data)) {
            store.createShow(new Show("bigshow", "百萬觀眾 Million 시청자", ShowStatus.ENDED, null, null, LIVE, LIVE,
                    LIVE.plusSeconds(3_600)));
            Cue cue = new Cue("bigquiz", "bigshow", CueKind.QUIZ, Map.of("zh-TW", "二加二等於幾？", "en", "2 + 2?"),
                    List.of(Map.of("en", "3"), Map.of("en", "4"), Map.of("en", "5"), Map.of("en", "22")), 1, 60, "zh-TW",
                    LIVE, LIVE);
            store.addCue(cue);
            Instant fired = LIVE.plusSeconds(600); // seedAnswers writes the answers of this fire
            store.putFire(new FireRecord("bigshow", "bigfire", cue, "key-1",
                    new FireReceipt("bigfire", "bigquiz", fired, fired.plusSeconds(60), ANSWERS), fired.plusSeconds(60),
                    null, new FireTotals(ANSWERS, 0, ANSWERS, new long[LatencyHistogram.BUCKETS], 0)));
            long[] viewers = new long[3_600];
            java.util.Arrays.fill(viewers, ANSWERS);
            store.putSnapshot(new ViewerSnapshot("bigshow", LIVE.getEpochSecond(), viewers));
        }
        seedAnswers(data.resolve(SqliteColdStore.FILE_NAME), LIVE.plusSeconds(600));
        System.out.printf("seeded %,d answers in %,d ms%n", ANSWERS, (System.nanoTime() - started) / 1_000_000);
        child = ChildServer.start(Map.of("CUEDECK_DATA_DIR", data.toString(), "CUEDECK_TOKENS", "manager:" + MANAGER));
        base = child.awaitBaseUrl();
    }

    /** Straight into the store's table, 50,000 rows per JDBC batch and transaction: seconds, not minutes. */
    private static void seedAnswers(Path file, Instant fired) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO answers(show_id, fire_id, viewer_id, choice, text, at_ms) VALUES (?, ?, ?, ?, NULL, ?)")) {
                for (int i = 0; i < ANSWERS; i++) {
                    s.setString(1, "bigshow");
                    s.setString(2, "bigfire");
                    s.setString(3, new UUID(0x5eed, i).toString());
                    s.setInt(4, i % OPTIONS);
                    s.setLong(5, fired.toEpochMilli() + i % 60_000);
                    s.addBatch();
                    if ((i + 1) % 50_000 == 0) {
                        s.executeBatch();
                        c.commit();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (child != null) {
            child.close();
        }
        TempDirs.delete(data);
    }

    @Test
    void theCsvZipOfAMillionAnswersStreamsOutOfA256MegabyteServerWithEveryAnswer() throws Exception {
        long started = System.nanoTime();
        HttpResponse<InputStream> response = Download.stream(base, "/api/v1/shows/bigshow/report.csv.zip", MANAGER);
        assertThat(response.statusCode()).as(child.output()).isEqualTo(200);
        long[] perOption = new long[OPTIONS];
        long answers = 0;
        String summaryAnswers = null;
        try (ZipInputStream zip = new ZipInputStream(response.body(), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                InputStreamReader reader = new InputStreamReader(zip, StandardCharsets.UTF_8);
                assertThat(reader.read()).as(e.getName() + " starts with a BOM").isEqualTo(0xFEFF);
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
                for (CSVRecord r : csv) {
                    if (e.getName().equals("answers.csv")) {
                        answers++;
                        perOption[Integer.parseInt(r.get("option")) - 1]++;
                    } else if (e.getName().equals("summary.csv") && r.get("figure").equals("Answers")) {
                        summaryAnswers = r.get("value");
                    }
                }
            }
        }
        System.out.printf("CSV export of %,d answers read in %,d ms%n", answers, (System.nanoTime() - started) / 1_000_000);

        assertThat(answers).isEqualTo(ANSWERS);
        assertThat(perOption).containsOnly(ANSWERS / OPTIONS);
        assertThat(summaryAnswers).isEqualTo(Integer.toString(ANSWERS));
        assertThat(child.output()).doesNotContain("OutOfMemoryError");
    }

    @Test
    void thePdfOfAMillionAnswerShowCarriesItsTotalsFromThe256MegabyteServer() throws Exception {
        long started = System.nanoTime();
        Download pdf = Download.get(base, "/api/v1/shows/bigshow/fires/bigfire/report.pdf", MANAGER);
        System.out.printf("PDF export of the fire in %,d ms, %,d bytes%n", (System.nanoTime() - started) / 1_000_000,
                pdf.body().length);

        assertThat(pdf.status()).as(child.output()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Answers 1000000", "Peak viewers 1000000", "二加二等於幾？", "250000");
        }
        assertThat(child.output()).doesNotContain("OutOfMemoryError");
    }
}
