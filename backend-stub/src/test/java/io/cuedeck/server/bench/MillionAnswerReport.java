package io.cuedeck.server.bench;

import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.Json;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.engine.hot.memory.MemoryHotEngine;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

/**
 * How long the show report and a fire report of a show with 1,000,000 answers take, over HTTP from
 * a real server on the embedded engines (SQLite cold store, memory hot engine). The show is seeded
 * by {@link MillionAnswerShow} through the server's own stores and counting, then the same engine
 * instances are handed to {@link CuedeckServer#start}; each route is called a few times to warm up,
 * then timed (wall time of one GET, the whole body read). Run (see docs/benchmarks.md):
 * <pre>
 * ./bench/report-million.sh            # 1,000,000 answers, 10 fires, 150,000 viewers, 21 runs
 * </pre>
 * Arguments: answers, fires, viewers, measured runs.
 */
public final class MillionAnswerReport {

    private static final String MANAGER = "mgr-token-0123456789";
    private static final int WARM_UP = 5;

    private MillionAnswerReport() {
    }

    public static void main(String[] args) throws Exception {
        int answers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int fires = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int viewers = args.length > 2 ? Integer.parseInt(args[2]) : 150_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 21;
        Path dir = TestServer.tempDir();
        try {
            MemoryHotEngine hot = new MemoryHotEngine(Clock.systemUTC());
            SqliteColdStore cold = SqliteColdStore.open(dir);
            long seedStart = System.nanoTime();
            MillionAnswerShow show = MillionAnswerShow.seed(hot, cold, answers, fires, viewers);
            System.out.printf("seeded %,d answers in %d fires, %,d viewers, in %.1f s (SQLite file %,d MB)%n",
                    answers, fires, viewers, (System.nanoTime() - seedStart) / 1e9,
                    java.nio.file.Files.size(dir.resolve(SqliteColdStore.FILE_NAME)) / 1_000_000);
            ServerConfig config = ServerConfig.from(ConfigSource.of(Map.of("CUEDECK_PORT", "0", "CUEDECK_BIND",
                    "127.0.0.1", "CUEDECK_DATA_DIR", dir.toString(), "CUEDECK_TOKENS", "manager:" + MANAGER)));
            try (RunningServer server = CuedeckServer.start(config, Clock.systemUTC(), hot, cold)) {
                HttpClient http = HttpClient.newHttpClient();
                String base = server.baseUrl() + "/api/v1/shows/" + show.showId();
                String fire = show.fireIds().get(fires / 2);
                ShowReport report = Json.read(get(http, base + "/report"), ShowReport.class);
                FireReport one = Json.read(get(http, base + "/fires/" + fire + "/report"), FireReport.class);
                System.out.printf("show report: %d fires, %,d answers, %,d unique viewers, reconciliation %s%n",
                        report.fires().size(), report.fires().stream().mapToLong(FireReport::answers).sum(),
                        report.uniqueViewers(), report.reconciliation().answers().detail());
                System.out.printf("fire report: %,d answers, funnel %s%n", one.answers(), one.funnel());
                time(http, "GET /api/v1/shows/{id}/report", base + "/report", runs);
                time(http, "GET /api/v1/shows/{id}/fires/{fireId}/report", base + "/fires/" + fire + "/report", runs);
            }
        } finally {
            TempDirs.delete(dir);
        }
        System.exit(0);
    }

    private static void time(HttpClient http, String what, String url, int runs) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(http, url);
        }
        double[] ms = new double[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            bytes = get(http, url).length();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s: median %.1f ms, min %.1f, p90 %.1f, max %.1f (%d runs after %d warm-up; %,d bytes)%n",
                what, ms[runs / 2], ms[0], ms[(int) Math.ceil(runs * 0.9) - 1], ms[runs - 1], runs, WARM_UP, bytes);
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + MANAGER).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
