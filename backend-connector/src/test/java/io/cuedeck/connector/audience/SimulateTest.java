package io.cuedeck.connector.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulate command's options become the crowd they name. */
class SimulateTest {

    @TempDir
    Path dir;

    @Test
    void aJoinStormBringsItsViewersWithinItsTimeAndTheRunLastsAMinuteMore() throws Exception {
        Simulate.Plan plan = Simulate.parse("--url", "http://127.0.0.1:8080", "--show", "s1", "--storm", "20000/10s",
                "--platforms", "ios=4,android=5", "--languages", "zh-TW=5,ko=2", "--heartbeat", "30s", "--ack", "400ms",
                "--answer-rate", "0.6", "--answer", "5s", "--churn", "0.05");

        ViewerCurve curve = plan.config().effectiveCurve();
        assertThat(curve.viewersAt(Duration.ofSeconds(5))).isEqualTo(10_000);
        assertThat(curve.viewersAt(Duration.ofSeconds(10))).isEqualTo(20_000);
        assertThat(plan.runFor()).isEqualTo(Duration.ofSeconds(70));
        assertThat(plan.config().platforms()).isEqualTo(Map.of("ios", 4.0, "android", 5.0));
        assertThat(plan.config().languages()).isEqualTo(Map.of("zh-TW", 5.0, "ko", 2.0));
        assertThat(plan.config().heartbeatInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(plan.config().ackDelay()).isEqualTo(Duration.ofMillis(400));
        assertThat(plan.config().answerRate()).isEqualTo(0.6);
        assertThat(plan.config().churnPerMinute()).isEqualTo(0.05);
    }

    @Test
    void aPastShowsReportIsReplayedFasterScaledAndCapped() throws Exception {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "{\"showId\":\"s0\",\"title\":\"Final\",\"peakViewers\":30000,"
                + "\"fires\":[],\"viewerCurve\":[[1000,0],[1060,30000],[1120,10000]]}");

        Simulate.Plan plan = Simulate.parse("--url", "http://127.0.0.1:8080", "--show", "s1", "--replay",
                report.toString(), "--speed", "60", "--scale", "0.5", "--cap", "12000");

        ViewerCurve curve = plan.config().effectiveCurve();
        assertThat(curve.viewersAt(Duration.ofSeconds(1))).as("the peak a minute in, played in a second, halved, capped")
                .isEqualTo(12_000);
        assertThat(curve.viewersAt(Duration.ofSeconds(2))).isEqualTo(5_000);
        assertThat(plan.runFor()).isEqualTo(Duration.ofSeconds(62));
    }

    @Test
    void onlyLoopbackTargetsAndWellFormedOptionsAreTaken() {
        assertThatThrownBy(() -> Simulate.parse("--url", "http://10.0.0.5:8080", "--show", "s1"))
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> Simulate.parse("--url", "http://127.0.0.1:8080")).hasMessageContaining("--show");
        assertThatThrownBy(() -> Simulate.parse("--url", "http://127.0.0.1:8080", "--show", "s", "--storm", "9"))
                .hasMessageContaining("viewers/time");
        assertThatThrownBy(() -> Simulate.duration("ten")).hasMessageContaining("not a time");
    }
}
