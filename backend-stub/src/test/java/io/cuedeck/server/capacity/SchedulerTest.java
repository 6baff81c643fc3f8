package io.cuedeck.server.capacity;

import static io.cuedeck.server.capacity.SchedulerRig.T0;
import static io.cuedeck.server.capacity.SchedulerRig.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostEvent;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.protocol.capacity.CapacityAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler on a manual clock (no sleeps): lead time, overlapping boosts, holding, scaling down
 * only after both the end and a quiet audience, failures, and a restart in the middle of a boost.
 * Units: 5000 viewers each; baseline 1; the simulated provider takes 180 s.
 */
class SchedulerTest {

    private final SchedulerRig rig = new SchedulerRig();
    private final Instant eight = T0.plus(Duration.ofHours(3)); // 20:00

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void capacityIsAskedForExactlyLeadMinutesBeforeTheStartAndTheBoostIsReadyOnceInService() {
        Boost show = rig.boost(null, 12, eight, Duration.ofHours(2), 60);

        rig.runUntil(eight.minus(minutes(60)).minusSeconds(5));
        assertThat(rig.status(show)).isEqualTo(BoostStatus.PLANNED);
        assertThat(rig.desired()).isEqualTo(1);

        rig.run(Duration.ofSeconds(5)); // 19:00
        assertThat(rig.status(show)).isEqualTo(BoostStatus.SCALING_UP);
        assertThat(rig.desired()).isEqualTo(12);
        assertThat(rig.get(show).readyAt()).as("expected ready").isEqualTo(eight.minus(minutes(57)));

        rig.run(Duration.ofSeconds(175));
        assertThat(rig.status(show)).isEqualTo(BoostStatus.SCALING_UP);
        rig.run(Duration.ofSeconds(5)); // 180 s after asking
        Boost ready = rig.get(show);
        assertThat(ready.status()).isEqualTo(BoostStatus.READY);
        assertThat(ready.readyAt()).isEqualTo(eight.minus(minutes(57)));
        assertThat(ready.history()).extracting(BoostEvent::status)
                .containsExactly(BoostStatus.PLANNED, BoostStatus.SCALING_UP, BoostStatus.READY);
        assertThat(rig.asked).extracting(SchedulerRig.Asked::units).containsExactly(1, 12);
        assertThat(rig.notified.lines).containsExactly("Boost 12 scaling-up", "Boost 12 ready");
    }

    @Test
    void whereBoostsOverlapTheHighestWinsAndTheEarlierEndNeverTakesTheOtherBelowItsTarget() {
        Boost longer = rig.boost(null, 10, eight, Duration.ofHours(2), 0);
        Boost peak = rig.boost(null, 20, eight.plus(minutes(30)), minutes(30), 0);

        rig.runUntil(eight.plus(minutes(10)));
        assertThat(rig.desired()).isEqualTo(10);
        rig.runUntil(eight.plus(minutes(40)));
        assertThat(rig.desired()).isEqualTo(20);
        assertThat(rig.status(peak)).isEqualTo(BoostStatus.READY);

        rig.runUntil(eight.plus(minutes(62))); // the peak ended at 21:00, nobody watching
        assertThat(rig.status(peak)).isEqualTo(BoostStatus.DONE);
        assertThat(rig.status(longer)).isEqualTo(BoostStatus.READY);
        assertThat(rig.desired()).isEqualTo(10);

        rig.runUntil(eight.plus(minutes(125)));
        assertThat(rig.status(longer)).isEqualTo(BoostStatus.DONE);
        assertThat(rig.desired()).isEqualTo(1);
        assertThat(rig.asked).extracting(SchedulerRig.Asked::units).containsExactly(1, 10, 20, 10, 1);
    }

    @Test
    void afterItsEndABoostHoldsWhileTheAudienceNeedsItsUnitsAndScalesDownOnlyAfterTheQuietPeriod() {
        Boost show = rig.boost("news", 12, eight, Duration.ofHours(2), 30);
        rig.watching("news", 58_000); // needs 12 units
        rig.runUntil(eight.plus(Duration.ofHours(2)).plusSeconds(5));
        assertThat(rig.status(show)).isEqualTo(BoostStatus.HOLDING);

        rig.run(minutes(20)); // the audience stays
        assertThat(rig.status(show)).isEqualTo(BoostStatus.HOLDING);
        assertThat(rig.desired()).isEqualTo(12);

        rig.watching("news", 50_000); // 10 units: fewer than the boost's 12
        rig.run(minutes(9).plusSeconds(50));
        assertThat(rig.status(show)).as("quiet for less than 10 minutes").isEqualTo(BoostStatus.HOLDING);
        rig.run(minutes(1));
        Boost done = rig.get(show);
        assertThat(done.status()).isEqualTo(BoostStatus.DONE);
        assertThat(rig.desired()).isEqualTo(1);
        assertThat(done.history()).extracting(BoostEvent::status).containsExactly(BoostStatus.PLANNED,
                BoostStatus.SCALING_UP, BoostStatus.READY, BoostStatus.HOLDING, BoostStatus.SCALING_DOWN, BoostStatus.DONE);
    }

    @Test
    void aQuietAudienceBeforeTheEndDoesNotScaleDownAndTheEndAloneDoesNotEither() {
        Boost quietShow = rig.boost("quiet", 12, eight, Duration.ofHours(1), 0);
        rig.watching("quiet", 100); // nobody came
        rig.runUntil(eight.plus(minutes(59)));
        assertThat(rig.status(quietShow)).as("quiet, but not ended").isEqualTo(BoostStatus.READY);
        assertThat(rig.desired()).isEqualTo(12);
        rig.run(minutes(1).plusSeconds(5));
        assertThat(rig.status(quietShow)).as("ended and quiet for ten minutes").isEqualTo(BoostStatus.DONE);

        Boost busyShow = rig.boost("busy", 12, eight.plus(minutes(90)), Duration.ofHours(1), 0);
        rig.watching("busy", 70_000);
        rig.runUntil(eight.plus(minutes(160)));
        assertThat(rig.status(busyShow)).as("ended, but not quiet").isEqualTo(BoostStatus.HOLDING);
        assertThat(rig.desired()).isEqualTo(12);
    }

    @Test
    void aPushBoostHoldsForItsHoldMinutesThenScalesDownWhenTheAudienceIsGone() {
        Boost push = rig.boost(null, 30, rig.clock.instant(), minutes(15), 0);
        rig.run(Duration.ofSeconds(5));
        assertThat(rig.desired()).isEqualTo(30);
        rig.run(minutes(14));
        assertThat(rig.status(push)).isEqualTo(BoostStatus.READY);
        rig.run(minutes(2));
        assertThat(rig.status(push)).isEqualTo(BoostStatus.DONE);
        assertThat(rig.desired()).isEqualTo(1);
    }

    @Test
    void aProviderThatKeepsFailingMarksTheBoostFailedWithTheErrorInWordsAndASuccessLaterMovesItOn() {
        Boost show = rig.boost(null, 12, eight, Duration.ofHours(2), 0);
        rig.failWith = "The Auto Scaling group is being updated; try again shortly.";
        rig.runUntil(eight.plusSeconds(10));

        Boost failed = rig.get(show);
        assertThat(failed.status()).isEqualTo(BoostStatus.FAILED);
        assertThat(failed.lastError()).startsWith("The Auto Scaling group is being updated").endsWith("(after 4 attempts)");
        assertThat(rig.status.state("n").lastError()).contains("being updated");
        assertThat(rig.notified.lines).containsExactly("Boost 12 scaling-up", "Boost 12 failed");
        List<CapacityAction> actions = rig.cold.boosts().recentActions(10);
        assertThat(actions).allMatch(a -> a.outcome().equals(CapacityAction.FAILED));

        rig.failWith = null;
        rig.run(Duration.ofSeconds(5));
        assertThat(rig.status(show)).isEqualTo(BoostStatus.SCALING_UP);
        assertThat(rig.desired()).isEqualTo(12);
        rig.run(minutes(3));
        assertThat(rig.status(show)).isEqualTo(BoostStatus.READY);
        assertThat(rig.status.state("n").lastError()).isNull();
    }

    @Test
    void aNodeThatDiesAfterStoringAnActionButBeforeTakingItIsReplacedByOneThatTakesThatActionOnce() {
        Boost show = rig.boost(null, 12, eight, Duration.ofHours(2), 0);
        rig.runUntil(eight.minusSeconds(5));
        rig.killBeforeAsking = units -> units == 12;

        rig.clock.advance(Duration.ofSeconds(5));
        assertThatThrownBy(rig::tick).isInstanceOf(SchedulerRig.Killed.class);
        CapacityAction pending = rig.cold.boosts().recentActions(1).get(0);
        assertThat(pending.outcome()).isEqualTo(CapacityAction.PENDING);
        assertThat(pending.desiredUnits()).isEqualTo(12);
        assertThat(rig.desired()).as("never taken").isEqualTo(1);

        rig.killBeforeAsking = units -> false;
        rig.restart();
        rig.run(Duration.ofSeconds(5));

        assertThat(rig.asked).extracting(SchedulerRig.Asked::actionId).containsOnlyOnce(pending.id());
        assertThat(rig.asked).filteredOn(a -> a.units() == 12).hasSize(1);
        assertThat(rig.cold.boosts().recentActions(10)).filteredOn(a -> a.id().equals(pending.id()))
                .singleElement().satisfies(a -> assertThat(a.outcome()).isEqualTo(CapacityAction.DONE));
        rig.run(minutes(3));
        assertThat(rig.status(show)).isEqualTo(BoostStatus.READY);
        assertThat(rig.asked).filteredOn(a -> a.units() == 12).hasSize(1);
    }

    @Test
    void aNodeThatDiesAfterTheProviderAcceptedButBeforeSettlingIsReplacedWithoutAskingForMore() {
        Boost show = rig.boost(null, 12, eight, Duration.ofHours(2), 0);
        rig.runUntil(eight.minusSeconds(5));
        rig.killAfterAsking = units -> units == 12;
        rig.clock.advance(Duration.ofSeconds(5));
        assertThatThrownBy(rig::tick).isInstanceOf(SchedulerRig.Killed.class);
        String id = rig.cold.boosts().recentActions(1).get(0).id();

        rig.killAfterAsking = units -> false;
        rig.restart();
        rig.run(minutes(4));

        assertThat(rig.asked).filteredOn(a -> a.units() == 12).extracting(SchedulerRig.Asked::actionId)
                .as("the same action again, under its own id: the same desired state").containsOnly(id);
        assertThat(rig.desired()).isEqualTo(12);
        assertThat(rig.status(show)).isEqualTo(BoostStatus.READY);
        assertThat(rig.cold.boosts().recentActions(10)).filteredOn(a -> a.desiredUnits() == 12).hasSize(1);
    }

    @Test
    void aRestartInTheMiddleOfABoostKeepsItReadyAndAsksForNothingNew() {
        Boost show = rig.boost(null, 12, eight, Duration.ofHours(2), 0);
        rig.runUntil(eight.plus(minutes(30)));
        assertThat(rig.status(show)).isEqualTo(BoostStatus.READY);
        int before = rig.asked.size();

        rig.restart();
        rig.run(minutes(30));

        assertThat(rig.asked).hasSize(before);
        assertThat(rig.status(show)).isEqualTo(BoostStatus.READY);
        rig.run(minutes(65));
        assertThat(rig.status(show)).isEqualTo(BoostStatus.DONE);
    }

    @Test
    void theDesiredUnitsNeverLeaveTheBaselineAndTheMaximum() {
        try (SchedulerRig small = new SchedulerRig(Map.of("CUEDECK_CAPACITY_BASELINE_UNITS", "3",
                "CUEDECK_CAPACITY_MAX_UNITS", "8"))) {
            small.boost(null, 2, small.clock.instant().plus(minutes(1)), minutes(10), 0);
            small.run(minutes(5));
            assertThat(small.desired()).isEqualTo(3);
        }
    }
}
