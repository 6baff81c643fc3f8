package io.cuedeck.server.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.testing.ChildServer;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every capacity key: its default, and a bad value refused at start with one line naming the key. */
class CapacityConfigTest {

    @Test
    void theDefaultsAreTheOnesDocumented() {
        CapacityConfig c = CapacityConfig.defaults();

        assertThat(c.viewersPerUnit()).isEqualTo(3_000);
        assertThat(c.baselineUnits()).isEqualTo(1);
        assertThat(c.maxUnits()).isEqualTo(50);
        assertThat(c.quiet()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.provider()).isEqualTo("simulated");
        assertThat(c.simProvision()).isEqualTo(Duration.ofSeconds(180));
        assertThat(c.calendarHorizonDays()).isEqualTo(14);
        assertThat(c.calendarPoll()).isEqualTo(Duration.ofMinutes(15));
        assertThat(c.calendarZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(c.rundownViewers()).isEqualTo(50_000);
        assertThat(c.pushViewers()).isEqualTo(100_000);
        assertThat(c.pushHold()).isEqualTo(Duration.ofMinutes(15));
        assertThat(c.tick()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.lease()).isEqualTo(Duration.ofSeconds(15));
        assertThat(c.slackUrl()).isNull();
        assertThat(c.unitsFor(58_000)).isEqualTo(20);
        assertThat(c.unitsFor(3_000)).isEqualTo(1);
        assertThat(c.unitsFor(3_001)).isEqualTo(2);
        assertThat(c.unitsFor(0)).isEqualTo(0);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(Map.of("CUEDECK_VIEWERS_PER_UNIT", "0"), "CUEDECK_VIEWERS_PER_UNIT"),
                Arguments.of(Map.of("CUEDECK_VIEWERS_PER_UNIT", "lots"), "CUEDECK_VIEWERS_PER_UNIT"),
                Arguments.of(Map.of("CUEDECK_CAPACITY_BASELINE_UNITS", "-1"), "CUEDECK_CAPACITY_BASELINE_UNITS"),
                Arguments.of(Map.of("CUEDECK_CAPACITY_BASELINE_UNITS", "60"), "CUEDECK_CAPACITY_BASELINE_UNITS"),
                Arguments.of(Map.of("CUEDECK_CAPACITY_MAX_UNITS", "0"), "CUEDECK_CAPACITY_MAX_UNITS"),
                Arguments.of(Map.of("CUEDECK_SCALE_DOWN_QUIET_MINUTES", "121"), "CUEDECK_SCALE_DOWN_QUIET_MINUTES"),
                Arguments.of(Map.of("CUEDECK_CAPACITY_PROVIDER", "gcp"), "CUEDECK_CAPACITY_PROVIDER"),
                Arguments.of(Map.of("CUEDECK_SIM_PROVISION_SECONDS", "3601"), "CUEDECK_SIM_PROVISION_SECONDS"),
                Arguments.of(Map.of("CUEDECK_CAPACITY_PROVIDER", "aws-asg"), "CUEDECK_ASG_NAME"),
                Arguments.of(Map.of("CUEDECK_ASG_ENDPOINT", "not a url"), "CUEDECK_ASG_ENDPOINT"),
                Arguments.of(Map.of("CUEDECK_CAPACITY_PROVIDER", "webhook"), "CUEDECK_CAPACITY_WEBHOOK_URL"),
                Arguments.of(Map.of("CUEDECK_CAPACITY_WEBHOOK_URL", "ftp://x/y"), "CUEDECK_CAPACITY_WEBHOOK_URL"),
                Arguments.of(Map.of("CUEDECK_CAPACITY_WEBHOOK_SECRET", "short"), "CUEDECK_CAPACITY_WEBHOOK_SECRET"),
                Arguments.of(Map.of("CUEDECK_SLACK_WEBHOOK_URL", "hooks.slack.com/x"), "CUEDECK_SLACK_WEBHOOK_URL"),
                Arguments.of(Map.of("CUEDECK_CALENDAR_HORIZON_DAYS", "0"), "CUEDECK_CALENDAR_HORIZON_DAYS"),
                Arguments.of(Map.of("CUEDECK_CALENDAR_POLL_MINUTES", "0"), "CUEDECK_CALENDAR_POLL_MINUTES"),
                Arguments.of(Map.of("CUEDECK_CALENDAR_TIMEZONE", "Mars/Olympus"), "CUEDECK_CALENDAR_TIMEZONE"),
                Arguments.of(Map.of("CUEDECK_RUNDOWN_VIEWERS", "0"), "CUEDECK_RUNDOWN_VIEWERS"),
                Arguments.of(Map.of("CUEDECK_PUSH_VIEWERS", "-5"), "CUEDECK_PUSH_VIEWERS"),
                Arguments.of(Map.of("CUEDECK_PUSH_HOLD_MINUTES", "0"), "CUEDECK_PUSH_HOLD_MINUTES"),
                Arguments.of(Map.of("CUEDECK_CAPACITY_TICK_SECONDS", "61"), "CUEDECK_CAPACITY_TICK_SECONDS"),
                Arguments.of(Map.of("CUEDECK_CAPACITY_LEASE_SECONDS", "5"), "CUEDECK_CAPACITY_LEASE_SECONDS"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badValues")
    void aBadValueIsRefusedWithAMessageNamingTheKey(Map<String, String> settings, String key) {
        assertThatThrownBy(() -> CapacityConfig.from(ConfigSource.of(settings))).isInstanceOf(ConfigException.class)
                .hasMessageContaining(key);
    }

    @Test
    void theWebhookSecretNeverAppearsInTheConfigsText() {
        Map<String, String> settings = new HashMap<>(Map.of("CUEDECK_CAPACITY_PROVIDER", "webhook",
                "CUEDECK_CAPACITY_WEBHOOK_URL", "https://automation.example/capacity",
                "CUEDECK_CAPACITY_WEBHOOK_SECRET", "super-secret-value-1234"));
        assertThat(CapacityConfig.from(ConfigSource.of(settings)).toString()).doesNotContain("super-secret");
        settings.put("CUEDECK_CAPACITY_WEBHOOK_SECRET", "short");
        assertThatThrownBy(() -> CapacityConfig.from(ConfigSource.of(settings))).hasMessageNotContaining("short");
    }

    @Test
    void theServerJarStopsWithOneLineAndStatus2OnABadCapacityKey() throws Exception {
        java.nio.file.Path dir = io.cuedeck.server.testing.TestServer.tempDir();
        try (ChildServer child = ChildServer.start(Map.of("CUEDECK_CAPACITY_PROVIDER", "gcp",
                "CUEDECK_DATA_DIR", dir.toString()))) {
            assertThat(child.awaitExit()).isEqualTo(2);
            assertThat(child.output().strip()).isEqualTo("Cuedeck server not started: CUEDECK_CAPACITY_PROVIDER=gcp is "
                    + "not valid: one of simulated, aws-asg, webhook");
        } finally {
            io.cuedeck.server.testing.TempDirs.delete(dir);
        }
    }
}
