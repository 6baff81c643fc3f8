package io.cuedeck.server.reports.export;

import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A live show with three fires (a zh-TW quiz, a Korean poll, a question whose prompt is HTML,
 * script and SQL), real viewers' answers, then its exports read back: the CSV zip with Commons
 * CSV, the PDF with PDFBox, each compared with the JSON report.
 */
class ReportExportTest {

    static final String TITLE = "晨間新聞 Morning 뉴스";
    static final String QUIZ_ZH = "哪一座城市是台灣的首都？";
    static final String QUIZ_KO = "대만의 수도는 어디입니까?";
    static final String POLL_KO = "오늘 밤 누가 이길까요?";
    static final String HOSTILE = "<script>alert('x')</script> '; DROP TABLE answers; -- <b>bold</b> &amp;";
    static final String QUOTED = "He said \"hi\", then, left";
    static final String TEXT_ANSWER = "我想問: \"why\", 왜요?";

    @RegisterExtension
    static final TestServer server = TestServer.perClass(c -> c.withSnapshotInterval(Duration.ofSeconds(1)));
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);
    static String show;
    static String quiz;
    static String poll;
    static String question;

    @BeforeAll
    static void aShowWithThreeAnsweredFires() {
        Api.Response created = api.post("/api/v1/shows", PRODUCER, Map.of("title", TITLE));
        Fixtures.expect(201, created);
        show = created.json().get("id").asText();
        Fixtures.expect(200, api.patch("/api/v1/shows/" + show, PRODUCER, Map.of("status", "live")));
        List<String> viewers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            viewers.add(UUID.randomUUID().toString());
            api.post("/v1/shows/" + show + "/heartbeat", null, Map.of("viewerId", viewers.get(i)));
        }
        quiz = fire(fixtures.cue(show, Map.of("kind", "quiz",
                "prompt", Map.of("zh-TW", QUIZ_ZH, "ko", QUIZ_KO, "en", "Which city is Taiwan's capital?"),
                "options", List.of(Map.of("zh-TW", "台中", "ko", "타이중", "en", "Taichung"),
                        Map.of("zh-TW", "台北", "ko", "타이베이", "en", "Taipei"),
                        Map.of("zh-TW", "高雄", "ko", "가오슝", "en", "Kaohsiung")),
                "correctOption", 1, "defaultLang", "zh-TW", "answerSeconds", 60)));
        answer(quiz, viewers, Map.of(0, 1, 1, 1, 2, 1, 3, 0, 4, 2));
        poll = fire(fixtures.cue(show, Map.of("kind", "poll", "prompt", Map.of("ko", POLL_KO, "en", QUOTED),
                "options", List.of(Map.of("ko", "빨강", "en", "Red"), Map.of("ko", "파랑", "en", "Blue")),
                "defaultLang", "ko", "answerSeconds", 60)));
        answer(poll, viewers, Map.of(0, 0, 1, 1, 2, 1));
        question = fire(fixtures.cue(show, Map.of("kind", "question", "prompt", Map.of("en", HOSTILE),
                "answerSeconds", 60)));
        Fixtures.expect(200, api.post("/v1/shows/" + show + "/fires/" + question + "/answer", null,
                Map.of("viewerId", viewers.get(5), "text", TEXT_ANSWER)));
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode r = report();
            return r.get("fires").size() == 3 && r.get("viewerCurve").size() > 2
                    && answers(r, quiz) == 5 && answers(r, poll) == 3 && answers(r, question) == 1;
        });
    }

    private static String fire(String cue) {
        String fire = api.fire(show, cue).get("fireId").asText();
        return fire;
    }

    private static void answer(String fire, List<String> viewers, Map<Integer, Integer> choices) {
        choices.forEach((viewer, choice) -> Fixtures.expect(200, api.post("/v1/shows/" + show + "/fires/" + fire
                + "/answer", null, Map.of("viewerId", viewers.get(viewer), "choice", choice))));
        Fixtures.expect(200, api.post("/api/v1/shows/" + show + "/fires/" + fire + "/close", PRODUCER, null));
    }

    static JsonNode report() {
        return api.get("/api/v1/shows/" + show + "/report", MANAGER).json();
    }

    private static long answers(JsonNode report, String fire) {
        for (JsonNode f : report.get("fires")) {
            if (f.get("fireId").asText().equals(fire)) {
                return f.get("answers").asLong();
            }
        }
        return -1;
    }

    static List<CSVRecord> csv(byte[] file) throws Exception {
        assertThat(Arrays.copyOf(file, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    static Download export(String path, String token) {
        return Download.get(server.baseUrl(), "/api/v1/shows/" + show + path, token);
    }

    @Test
    void theCsvZipHasOneFilePerTableEachWithABomAndTheReportsFigures() throws Exception {
        Download zip = export("/report.csv.zip", MANAGER);
        JsonNode report = report();

        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.contentType()).startsWith("application/zip");
        assertThat(zip.disposition()).contains("attachment; filename=\"cuedeck-" + show + "-report.csv.zip\"")
                .contains("filename*=UTF-8''" + java.net.URLEncoder.encode(TITLE, StandardCharsets.UTF_8).replace("+", "%20"));
        Map<String, byte[]> files = zip.unzip();
        assertThat(files).containsOnlyKeys("summary.csv", "curve.csv", "fires.csv", "options.csv", "by_language.csv",
                "answers.csv", "audit.csv");

        Map<String, String> summary = new HashMap<>();
        csv(files.get("summary.csv")).forEach(r -> summary.put(r.get("figure"), r.get("value")));
        assertThat(summary).containsEntry("Show", TITLE).containsEntry("Show id", show).containsEntry("Status", "live")
                .containsEntry("Peak viewers", report.get("peakViewers").asText())
                .containsEntry("Peak at", report.get("peakAt").asText()).containsEntry("Fires", "3")
                .containsEntry("Answers", "9");

        List<CSVRecord> fires = csv(files.get("fires.csv"));
        assertThat(fires).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode f = report.get("fires").get(i);
            CSVRecord row = fires.get(i);
            assertThat(row.get("fire_id")).isEqualTo(f.get("fireId").asText());
            assertThat(row.get("prompt")).isEqualTo(f.get("prompt").asText());
            for (String figure : List.of("targeted", "delivered", "failed", "acks", "answers")) {
                assertThat(row.get(figure)).as(figure).isEqualTo(f.get(figure).asText());
            }
            assertThat(row.get("ack_p95_ms")).isEqualTo(f.get("ackLatencyMs").get("p95").asText());
        }
        assertThat(fires.get(0).get("prompt")).isEqualTo(QUIZ_ZH);
        assertThat(fires.get(0).get("correct")).isEqualTo("3");
        assertThat(fires.get(1).get("prompt")).isEqualTo(POLL_KO);
        assertThat(fires.get(2).get("prompt")).isEqualTo(HOSTILE);

        List<CSVRecord> options = csv(files.get("options.csv"));
        assertThat(options).filteredOn(r -> r.get("fire_id").equals(quiz))
                .extracting(r -> r.get("text") + "=" + r.get("answers") + r.get("correct"))
                .containsExactly("台中=1", "台北=3yes", "高雄=1");

        List<CSVRecord> answers = csv(files.get("answers.csv"));
        assertThat(answers).hasSize(9);
        assertThat(answers).filteredOn(r -> r.get("fire_id").equals(quiz)).extracting(r -> r.get("option_text"))
                .containsExactlyInAnyOrder("台北", "台北", "台北", "台中", "高雄");
        assertThat(answers).filteredOn(r -> r.get("fire_id").equals(question)).singleElement()
                .satisfies(r -> assertThat(r.get("text")).isEqualTo(TEXT_ANSWER));

        assertThat(csv(files.get("by_language.csv")))
                .extracting(r -> r.get("fire_id") + " " + r.get("language") + " " + r.get("prompt"))
                .contains(quiz + " ko " + QUIZ_KO, quiz + " zh-TW " + QUIZ_ZH, poll + " en " + QUOTED);
        assertThat(csv(files.get("curve.csv"))).hasSizeGreaterThanOrEqualTo(report.get("viewerCurve").size())
                .extracting(r -> Long.parseLong(r.get("viewers"))).contains(report.get("peakViewers").asLong());
        assertThat(csv(files.get("audit.csv"))).extracting(r -> r.get("action"))
                .contains("show.created", "show.live").filteredOn("cue.fired"::equals).hasSize(3);
    }

    @Test
    void thePdfShowsTheFiguresAndTheChineseAndKoreanCueTextAsTextInTheEmbeddedFont() throws Exception {
        Download pdf = export("/report.pdf", PRODUCER);
        JsonNode report = report();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-sample.pdf"), pdf.body()); // to look at

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.disposition()).contains("filename=\"cuedeck-" + show + "-report.pdf\"");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(TITLE, QUIZ_ZH, QUIZ_KO, POLL_KO, "台北 (correct)", "타이베이", QUOTED)
                    .contains("Peak viewers " + report.get("peakViewers").asText())
                    .contains("Fires 3", "Answers 9", "Show id " + show)
                    .contains("cue.fired", "show.live");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            List<String> fonts = new ArrayList<>();
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    fonts.add(font.getName());
                }
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+WenQuanYi.*"));
            assertThat(images).as("the viewer curve, and per fire its funnel (and options)").isGreaterThanOrEqualTo(6);
        }
        assertThat(pdf.body().length).as("a subset of the font, not all of it").isLessThan(1_500_000);
    }

    @Test
    void cueTextWithHtmlScriptAndSqlIsPrintedLiterallyInThePdf() throws Exception {
        Download pdf = export("/fires/" + question + "/report.pdf", HOST);

        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replace("\r", "");
            assertThat(text.replace("\n", " ")).contains(HOSTILE);
            assertThat(text).contains("Cuedeck fire report", TITLE).doesNotContain(QUIZ_ZH);
        }
        assertThat(pdf.disposition()).contains("filename=\"cuedeck-" + show + "-" + question + "-report.pdf\"");
    }

    @Test
    void aFiresCsvZipHoldsThatFireOnly() throws Exception {
        Download zip = export("/fires/" + quiz + "/report.csv.zip", PRODUCER);

        assertThat(zip.status()).isEqualTo(200);
        Map<String, byte[]> files = zip.unzip();
        assertThat(csv(files.get("fires.csv"))).singleElement().satisfies(r -> assertThat(r.get("fire_id")).isEqualTo(quiz));
        assertThat(csv(files.get("answers.csv"))).hasSize(5).allSatisfy(r -> assertThat(r.get("fire_id")).isEqualTo(quiz));
        assertThat(csv(files.get("audit.csv"))).extracting(r -> r.get("action")).contains("cue.fired", "fire.closed")
                .doesNotContain("show.created", "show.live");
    }

    @Test
    void anUnknownShowOrFireIs404Json() {
        Download show404 = Download.get(server.baseUrl(), "/api/v1/shows/nosuchshow/report.pdf", MANAGER);
        Download fire404 = export("/fires/nosuchfire/report.csv.zip", MANAGER);

        for (Download d : List.of(show404, fire404)) {
            assertThat(d.status()).isEqualTo(404);
            assertThat(d.contentType()).startsWith("application/json");
            assertThat(d.text()).contains("\"error\":\"not_found\"").contains("\"message\":");
        }
    }
}
