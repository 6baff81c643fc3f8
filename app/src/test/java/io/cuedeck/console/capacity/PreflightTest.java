package io.cuedeck.console.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostSource;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.protocol.capacity.CapacityState;
import io.cuedeck.protocol.console.EngineStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The preflight's lines: GO only when every one is, each with its reason. */
class PreflightTest {

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final Preflight preflight = new Preflight(i18n, new CapacityWords(i18n, ZoneOffset.UTC));
    private final Instant now = Instant.parse("2026-12-04T19:30:00Z");
    private final Show live = new Show("news", "News", ShowStatus.LIVE, null, null, now.minusSeconds(7200),
            now.minusSeconds(600), null);
    private final EngineStatus engines = new EngineStatus("redis", true, "dynamodb", true, "");

    private CapacityState state(int ready, boolean reachable, Instant snapshot) {
        return new CapacityState("aws-asg", 12, ready, ready, now.plusSeconds(120), reachable,
                reachable ? null : "AWS Auto Scaling answered Throttling", now, null, "n1", now, 5000, 1, 50, List.of(),
                snapshot);
    }

    private Boost boost(BoostStatus status, Instant start) {
        return new Boost("b", "news", "Evening news", start, start.plusSeconds(7200), 12, null, 12, 60, null,
                BoostSource.MANUAL, status, null, null, null, status == BoostStatus.FAILED ? "refused" : null,
                List.of(), now, now, 1);
    }

    @Test
    void everythingReadyIsGoWithAReasonPerLine() {
        List<Preflight.Line> lines = preflight.check(live, state(12, true, now.minusSeconds(200)),
                List.of(boost(BoostStatus.READY, now.minusSeconds(60))), engines, true, now);

        assertThat(Preflight.go(lines)).isTrue();
        assertThat(lines).extracting(Preflight.Line::text).containsExactly(
                "Capacity ready for Evening news (19:29): 12 units in service.", "Hot engine (redis) healthy.",
                "Cold store (dynamodb) healthy.", "Last viewer snapshot 3 min ago.", "Console link live.",
                "Provider reachable. AWS Auto Scaling group: 12 units desired, 12 ready, 12 in service.");
    }

    @Test
    void capacityComingTooLateAnOldSnapshotADownLinkAndAnUnreachableProviderAreEachNoGo() {
        List<Preflight.Line> lines = preflight.check(live, state(4, false, now.minus(Duration.ofMinutes(30))),
                List.of(boost(BoostStatus.SCALING_UP, now.plusSeconds(60))), engines, false, now);

        assertThat(Preflight.go(lines)).isFalse();
        assertThat(lines).filteredOn(l -> !l.go()).extracting(Preflight.Line::text).containsExactly(
                "Capacity for Evening news (19:31): 4 of 12 units ready, all expected at 19:32.",
                "Last viewer snapshot 30 min ago: the cold store is not taking the figures.", "Console link not live.",
                "Provider not reachable: AWS Auto Scaling answered Throttling");
    }

    @Test
    void aPlannedBoostIsGoWithWhenItWillBeAskedForAndAFailedOneIsNoGo() {
        Instant later = now.plus(Duration.ofHours(3));
        assertThat(preflight.check(live, state(1, true, now), List.of(boost(BoostStatus.PLANNED, later)), engines, true,
                now).get(0)).isEqualTo(new Preflight.Line(true, "Capacity for Evening news (22:30): 12 units, asked for at 21:30."));
        assertThat(preflight.check(live, state(1, true, now), List.of(boost(BoostStatus.FAILED, later)), engines, true,
                now).get(0).go()).isFalse();
    }
}
