package io.cuedeck.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.common.SettingsStore;
import io.cuedeck.console.session.Session;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.console.Delivery;
import io.cuedeck.protocol.console.FireStarted;
import io.cuedeck.protocol.console.Tally;
import io.cuedeck.protocol.console.Tick;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Toolkit-free: current-thread executors, no FX thread. */
class LiveViewModelTest {

    @TempDir
    Path home;

    private LiveViewModel model() {
        I18n i18n = new I18n(Locale.ENGLISH);
        Jobs jobs = new Jobs(Runnable::run, Runnable::run);
        return new LiveViewModel(new Session(jobs, Runnable::run), jobs, i18n, Clock.systemUTC(), id -> null,
                new RehearsalViewModel(jobs, i18n, new SettingsStore(home).load(Runnable::run)));
    }

    private static Tick tick(long second, long viewers, long joins, long leaves) {
        return new Tick(second * 1000, viewers, 2.5, joins, leaves, viewers);
    }

    @Test
    void theTileShowsViewersNowAndTheChangeOverTheLastMinute() {
        LiveViewModel vm = model();
        for (int s = 0; s <= 90; s++) {
            vm.onEvent(tick(1_000 + s, 100 + s * 2L, 3, 1));
        }
        assertThat(vm.viewersProperty().get()).isEqualTo(280);
        assertThat(vm.perMinuteProperty().get()).isEqualTo(120);
        assertThat(vm.joinsMinuteProperty().get()).isEqualTo(61 * 3);
        assertThat(vm.series().viewers().size()).isEqualTo(91);
        vm.series().flush();
        assertThat(vm.series().leaves().dataSet().get(1, 0)).as("leaves are drawn below zero").isEqualTo(-1);
    }

    @Test
    void theChartsHoldOneHourAndSkipARepeatedSecond() {
        LiveViewModel vm = model();
        for (int s = 0; s < 4000; s++) {
            vm.onEvent(tick(s, s, 0, 0));
        }
        vm.onEvent(tick(3999, 1, 0, 0));
        assertThat(vm.series().viewers().size()).isEqualTo(LiveSeries.CAPACITY);
        assertThat(vm.viewersProperty().get()).isEqualTo(3999);
    }

    private static final Instant FIRED_AT = Instant.parse("2026-11-21T20:00:00Z");

    /** A Live model that saw poll f1 go to {@code targeted} viewers. */
    private LiveViewModel afterFireTo(long targeted) {
        LiveViewModel vm = model();
        vm.onEvent(new FireStarted("f1", "c1", CueKind.POLL, FIRED_AT, FIRED_AT.plusSeconds(30), targeted));
        return vm;
    }

    @Test
    void aFireAddsAMarkerAndItsDeliveryAndTallyFollow() {
        LiveViewModel vm = afterFireTo(500);
        vm.onEvent(new Delivery("f1", 500, 480, 2, 300, 120));
        vm.onEvent(new Tally("f1", List.of(10L, 30L), 40));
        vm.onEvent(new Delivery("other", 9, 9, 0, 9, 1));
        assertThat(vm.markers()).singleElement().extracting(FireMarker::epochSecond).isEqualTo((double) FIRED_AT.getEpochSecond());
        FireProgress fire = vm.fireProperty().get();
        assertThat(fire.delivered()).isEqualTo(480);
        assertThat(fire.failed()).isEqualTo(2);
        assertThat(fire.ackP95Ms()).isEqualTo(120);
        assertThat(fire.counts()).containsExactly(10L, 30L);
        assertThat(fire.deliveredShare()).isEqualTo(0.96);
    }

    @Test
    void lateJoinersFillTheDeliveryBarButAFailedWriteKeepsItShortOfFull() {
        LiveViewModel vm = afterFireTo(300);
        vm.onEvent(new Delivery("f1", 300, 305, 0, 280, 700));
        assertThat(vm.fireProperty().get().deliveredShare()).as("everyone reached").isEqualTo(1.0);
        assertThat(vm.fireProperty().get().reachedLateJoiners()).isTrue();
        vm.onEvent(new Delivery("f1", 300, 308, 2, 290, 700));
        assertThat(vm.fireProperty().get().deliveredShare()).as("308 of 310 tried").isEqualTo(308 / 310.0);
        assertThat(vm.fireProperty().get().acks()).isEqualTo(290);
    }
}
