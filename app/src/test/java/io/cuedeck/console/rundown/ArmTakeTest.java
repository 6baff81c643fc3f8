package io.cuedeck.console.rundown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ArmTakeTest {

    private final AtomicInteger minted = new AtomicInteger();
    private final ArmTake armTake = new ArmTake(() -> "key-" + minted.incrementAndGet());

    @Test
    void nothingIsSentWithoutAnArm() {
        assertThat(armTake.take(false)).isEmpty();
    }

    @Test
    void aDoubleTakeSendsOneRequest() {
        armTake.arm("cue-1");
        assertThat(armTake.take(false)).get().extracting(ArmTake.Take::cueId).isEqualTo("cue-1");
        assertThat(armTake.take(false)).as("second press while the first is in flight").isEmpty();
        armTake.succeeded();
        assertThat(armTake.take(false)).as("press after the fire went out: the arm is used up").isEmpty();
        assertThat(minted).hasValue(1);
    }

    @Test
    void anUnansweredTakeKeepsItsKeySoTheRetryCannotFireTwice() {
        armTake.arm("cue-1");
        String first = armTake.take(false).orElseThrow().key();
        armTake.unanswered();
        assertThat(armTake.phase()).isEqualTo(ArmTake.Phase.ARMED);
        assertThat(armTake.take(false).orElseThrow().key()).isEqualTo(first);
    }

    @Test
    void aRefusedTakeStaysArmedAndTheNextPressGetsAFreshKey() {
        armTake.arm("cue-1");
        String first = armTake.take(false).orElseThrow().key();
        armTake.refused();
        assertThat(armTake.take(false).orElseThrow().key()).isNotEqualTo(first);
    }

    @Test
    void armingAnotherCueDropsTheKeptKey() {
        armTake.arm("cue-1");
        String first = armTake.take(false).orElseThrow().key();
        armTake.unanswered();
        armTake.arm("cue-2");
        assertThat(armTake.take(false).orElseThrow().key()).isNotEqualTo(first);
    }

    @Test
    void armingIsRefusedWhileATakeIsInFlight() {
        armTake.arm("cue-1");
        armTake.take(false);
        assertThat(armTake.arm("cue-2")).isFalse();
        assertThat(armTake.armedCueId()).isEqualTo("cue-1");
    }

    @Test
    void escapeDisarms() {
        armTake.arm("cue-1");
        armTake.disarm();
        assertThat(armTake.phase()).isEqualTo(ArmTake.Phase.IDLE);
        assertThat(armTake.take(false)).isEmpty();
    }
}
