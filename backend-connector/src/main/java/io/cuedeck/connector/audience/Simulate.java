package io.cuedeck.connector.audience;

import io.cuedeck.connector.internal.Json;
import io.cuedeck.protocol.ShowReport;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code simulate} command: a simulated audience of one process against a running backend,
 * printing what it sees every 5 s until the time is up. Viewers use the JDK's non-blocking
 * WebSocket and HTTP clients (no thread per viewer); one process holds about 19,000 (the open-files
 * limit is 20,000): run several for more, with {@code --nodes} spreading them over a cluster.
 *
 * <pre>
 * java -cp ... io.cuedeck.connector.audience.Simulate --url http://127.0.0.1:8080 --show ID [options]
 *   --viewers 5000 --ramp 30s            a ramp to that many (default 1000 over 10s)
 *   --storm 19000/10s                    a join storm: that many within that time
 *   --replay report.json --speed 60      a past show's curve (GET .../report saved to a file), faster
 *   --scale 0.5 --cap 19000              its viewers scaled, and capped
 *   --platforms ios=4,android=5,web=2,tv=1  --regions TW=5,KR=3  --languages zh-TW=5,en=3,ko=2
 *   --heartbeat 30s                      heartbeat interval (each viewer +-10 % jitter)
 *   --ack 400ms --answer-rate 0.6 --answer 5s   mean ack and answer delays (exponential), share who answer
 *   --churn 0.05                         share of the crowd replaced each minute
 *   --nodes http://127.0.0.1:8081,...    more nodes of the same cluster (viewers spread round-robin)
 *   --for 5m                             how long to run (default: until the curve ends, plus 1 minute)
 *   --seed 7                             the crowd's seed (default: a random one, printed, so that
 *                                        several processes never make the same viewers)
 * </pre>
 */
public final class Simulate {

    /** What the command line asked for: the crowd and how long to run it. */
    record Plan(AudienceConfig config, Duration runFor) {
    }

    private Simulate() {
    }

    public static void main(String[] args) throws Exception {
        Plan plan;
        try {
            plan = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("simulate: " + e.getMessage());
            System.exit(2);
            return;
        }
        run(plan, System.out);
    }

    static void run(Plan plan, PrintStream out) throws InterruptedException {
        long end = System.nanoTime() + plan.runFor().toNanos();
        out.println("simulate: seed " + plan.config().seed() + " (--seed to make the same crowd again)");
        try (Audience audience = Audience.start(plan.config())) {
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(5_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                out.println(audience.stats());
            }
        }
    }

    static Plan parse(String... args) throws IOException {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value pairs, got '" + args[i] + "'");
            }
            o.put(args[i].substring(2), args[++i]);
        }
        String url = required(o, "url");
        URI base = URI.create(url);
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost()) && !base.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("simulate only targets loopback addresses, not " + base.getHost());
        }
        AudienceConfig c = AudienceConfig.of(base, required(o, "show"), Integer.parseInt(o.getOrDefault("viewers", "1000")));
        c = c.withRampUp(duration(o.getOrDefault("ramp", "10s")));
        Duration curveEnd = c.rampUp();
        if (o.containsKey("storm")) {
            String[] storm = o.get("storm").split("/");
            if (storm.length != 2) {
                throw new IllegalArgumentException("--storm is viewers/time, like 20000/10s");
            }
            Duration within = duration(storm[1]);
            c = c.withCurve(ViewerCurve.joinStorm(Integer.parseInt(storm[0]), within));
            curveEnd = within;
        }
        if (o.containsKey("replay")) {
            ShowReport report = Json.mapper().readValue(Files.readString(Path.of(o.get("replay"))), ShowReport.class);
            double speed = Double.parseDouble(o.getOrDefault("speed", "1"));
            ViewerCurve curve = ViewerCurve.replay(report.viewerCurve(), speed,
                    Double.parseDouble(o.getOrDefault("scale", "1")), Integer.parseInt(o.getOrDefault("cap", "19000")));
            c = c.withCurve(curve);
            curveEnd = curve.points().get(curve.points().size() - 1).at();
        }
        Map<String, Double> platforms = weights(o.get("platforms"));
        Map<String, Double> regions = weights(o.get("regions"));
        Map<String, Double> languages = weights(o.get("languages"));
        c = new AudienceConfig(c.baseUrl(), c.showId(), c.viewers(), platforms != null ? platforms : c.platforms(),
                regions != null ? regions : c.regions(), languages != null ? languages : c.languages(),
                duration(o.getOrDefault("heartbeat", "30s")), c.ackDelay(), c.answerRate(), c.answerDelay(),
                c.choiceWeights(), c.rampUp(), o.containsKey("seed") ? Long.parseLong(o.get("seed"))
                        : new java.security.SecureRandom().nextLong(), c.otherNodes(), c.curve(), c.churnPerMinute(),
                c.reconnectBackoff());
        c = c.withReactions(o.containsKey("ack") ? duration(o.get("ack")) : c.ackDelay(),
                o.containsKey("answer-rate") ? Double.parseDouble(o.get("answer-rate")) : c.answerRate(),
                o.containsKey("answer") ? duration(o.get("answer")) : c.answerDelay(), c.choiceWeights());
        if (o.containsKey("churn")) {
            c = c.withChurn(Double.parseDouble(o.get("churn")));
        }
        if (o.containsKey("nodes")) {
            List<URI> nodes = new ArrayList<>();
            for (String n : o.get("nodes").split(",")) {
                nodes.add(URI.create(n.strip()));
            }
            c = c.withNodes(nodes);
        }
        Duration runFor = o.containsKey("for") ? duration(o.get("for")) : curveEnd.plusMinutes(1);
        return new Plan(c, runFor);
    }

    private static String required(Map<String, String> o, String key) {
        String v = o.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return v;
    }

    /** {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}. */
    static Duration duration(String text) {
        String t = text.strip();
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new IllegalArgumentException("'" + text + "' is not a time like 500ms, 10s, 5m");
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time like 500ms, 10s, 5m");
        }
    }

    /** {@code ios=4,android=5}; null when not given. */
    static Map<String, Double> weights(String text) {
        if (text == null) {
            return null;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("'" + part + "' is not name=weight");
            }
            out.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
        }
        return out;
    }
}
