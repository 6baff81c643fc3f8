package io.cuedeck.server.reports.export;

import io.cuedeck.protocol.AuditEntry;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.FireTotals;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import io.cuedeck.server.http.Tokens;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Writes the PDF behind docs/screenshots/report-pdf.png: a seeded, ended show (an evening of 18,000
 * viewers, three fires in zh-TW, Korean and English) in a real server's data directory, exported
 * through {@code GET .../report.pdf}. Not a test. Run with the test class path:
 * {@code java -cp <test classpath> io.cuedeck.server.reports.export.ReportPdfSample out.pdf}.
 */
public final class ReportPdfSample {

    static final Instant LIVE = Instant.parse("2026-11-21T20:00:00Z");

    public static void main(String[] args) throws Exception {
        Path data = TestServer.tempDir();
        Random random = new Random(9);
        try (SqliteColdStore store = SqliteColdStore.open(data)) {
            store.createShow(new Show("evening-news", "晚間新聞 Evening News 저녁 뉴스", ShowStatus.ENDED, LIVE, LIVE.plusSeconds(1_800),
                    LIVE.minusSeconds(86_400), LIVE, LIVE.plusSeconds(1_800)));
            long[] viewers = new long[1_800];
            for (int s = 0; s < viewers.length; s++) {
                double ramp = Math.min(1, s / 240.0) * (1 - Math.max(0, s - 1_650) / 300.0);
                viewers[s] = Math.round(17_000 * ramp + 900 * Math.sin(s / 90.0) + random.nextInt(200));
            }
            store.putSnapshot(new ViewerSnapshot("evening-news", LIVE.getEpochSecond(), viewers));
            fire(store, cue("quiz1", CueKind.QUIZ, Map.of("zh-TW", "哪一座城市是台灣的首都？", "ko", "대만의 수도는 어디입니까?",
                    "en", "Which city is Taiwan's capital?"), List.of(Map.of("zh-TW", "台中", "ko", "타이중", "en", "Taichung"),
                    Map.of("zh-TW", "台北", "ko", "타이베이", "en", "Taipei"), Map.of("zh-TW", "高雄", "ko", "가오슝", "en", "Kaohsiung")),
                    1, "zh-TW"), 420, 17_412, new int[] {1_804, 9_377, 1_012}, random);
            fire(store, cue("poll1", CueKind.POLL, Map.of("ko", "오늘 밤 누가 이길까요?", "en", "Who wins tonight?"),
                    List.of(Map.of("ko", "빨강 팀", "en", "Team Red"), Map.of("ko", "파랑 팀", "en", "Team Blue")), null, "ko"),
                    960, 17_950, new int[] {6_240, 7_118}, random);
            fire(store, cue("ask1", CueKind.QUESTION, Map.of("en", "Your question for the minister?",
                    "zh-TW", "您想問部長什麼問題？"), List.of(), null, "en"), 1_380, 17_230, new int[] {412}, random);
            String[] actions = {"show.created", "cue.created", "show.live", "cue.fired", "fire.closed", "fire.revealed",
                    "cue.fired", "fire.closed", "cue.fired", "show.ended"};
            for (int i = 0; i < actions.length; i++) {
                store.audit().append(new AuditEntry("a" + i, "evening-news", LIVE.plusSeconds(i * 180L - 300), actions[i],
                        i < 3 ? "producer-1" : "host-1", i < 3 ? "producer" : "host", "127.0.0.1", null, null,
                        actions[i].replace('.', ' ')));
            }
        }
        ServerConfig config = ServerConfig.defaults(data).withPort(0).withTokens(Tokens.parse("manager:m-token"));
        RunningServer server = CuedeckServer.start(config);
        try {
            Download pdf = Download.get(server.baseUrl(), "/api/v1/shows/evening-news/report.pdf", "m-token");
            if (pdf.status() != 200) {
                throw new IllegalStateException(pdf.status() + " " + pdf.text());
            }
            Files.write(Path.of(args[0]), pdf.body());
            System.out.println("wrote " + args[0] + ", " + pdf.body().length + " bytes");
        } finally {
            server.stop();
            TempDirs.delete(data);
        }
    }

    private static Cue cue(String id, CueKind kind, Map<String, String> prompt, List<Map<String, String>> options,
            Integer correct, String lang) {
        return new Cue(id, "evening-news", kind, prompt, options, correct, 45, lang, LIVE, LIVE);
    }

    private static void fire(SqliteColdStore store, Cue cue, int second, long targeted, int[] answers, Random random) {
        store.addCue(cue);
        Instant at = LIVE.plusSeconds(second);
        long[] latency = new long[LatencyHistogram.BUCKETS];
        long acks = targeted - 180 - random.nextInt(300);
        for (long i = 0; i < acks; i++) {
            latency[LatencyHistogram.bucketOf(20 + Math.round(Math.abs(random.nextGaussian()) * 60))]++;
        }
        String fireId = cue.id() + "-fire";
        store.putFire(new FireRecord("evening-news", fireId, cue, "k-" + fireId,
                new FireReceipt(fireId, cue.id(), at, at.plusSeconds(45), targeted), at.plusSeconds(45), null,
                new FireTotals(targeted - 12, 12, acks, latency, 390)));
        List<AnswerRecord> batch = new ArrayList<>();
        for (int option = 0; option < answers.length; option++) {
            for (int n = 0; n < answers[option]; n++) {
                boolean text = cue.kind() == CueKind.QUESTION;
                batch.add(new AnswerRecord("evening-news", fireId, UUID.randomUUID().toString(), text ? null : option,
                        text ? "Question " + n : null, at.plusMillis(800 + random.nextInt(40_000))));
            }
        }
        store.appendAnswers(batch);
    }
}
