package io.cuedeck.server.bench;

import io.cuedeck.server.testing.RawHttp;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The issue-13 slow-body attack against a running server (bench/slow-body-attack.sh starts the
 * jar in a process of its own), as an operator would see it: N connections from 127.0.0.2 each
 * send a heartbeat announcing 100 bytes and send one; meanwhile {@code /health} is asked every
 * 100 ms from another client. Prints the latencies of those answers (or how many got none within
 * 5 s) and what the slow ones were told. Loopback only. Args: base URL, [connections], [seconds].
 */
public final class SlowBodyAttack {

    private SlowBodyAttack() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!URI.create(base).getHost().startsWith("127.")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        {
            RawHttp raw = new RawHttp(base, "127.0.0.2");
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                Socket s = raw.open();
                s.getOutputStream().write(("POST /v1/shows/bench/heartbeat HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
                slow.add(s);
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<Long> micros = new ArrayList<>();
            int unanswered = 0;
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        micros.add((System.nanoTime() - t0) / 1_000);
                    } else {
                        unanswered++;
                    }
                } catch (IOException e) {
                    unanswered++;
                }
                Thread.sleep(100);
            }
            Map<String, Integer> told = new TreeMap<>();
            for (Socket s : slow) {
                String status;
                try {
                    status = String.valueOf(RawHttp.awaitReply(s, Duration.ofSeconds(30)).status());
                } catch (RuntimeException e) {
                    status = "no answer (" + e.getClass().getSimpleName() + ")";
                }
                told.merge(status, 1, Integer::sum);
                s.close();
            }
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%d slow connections; /health asked %d times: %d answered 200, %d not within 5 s%n",
                    connections, sorted.length + unanswered, sorted.length, unanswered);
            if (sorted.length > 0) {
                System.out.printf("/health latency ms: p50 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 50), pct(sorted, 99),
                        sorted[sorted.length - 1] / 1000.0);
            }
            System.out.println("the slow connections were answered: " + told);
            System.out.println("(sorted latencies, µs: " + Arrays.toString(Arrays.copyOf(sorted, Math.min(5, sorted.length))) + " ...)");
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }
}
