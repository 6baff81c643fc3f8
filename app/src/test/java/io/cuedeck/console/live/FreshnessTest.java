package io.cuedeck.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.SettingsStore;
import io.cuedeck.console.session.ScriptedLink;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.console.Tick;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stale figures must look stale: the Live model's figures and {@link Freshness} as the link goes
 * down and comes back. Toolkit-free: a scripted console stream on current-thread executors.
 */
class FreshnessTest {

    @TempDir
    Path home;

    /** A Live model fed by a scripted stream, with show "a" picked: the link is CONNECTING. */
    private LiveViewModel model(ScriptedLink link) {
        I18n i18n = new I18n(Locale.ENGLISH);
        LiveViewModel vm = new LiveViewModel(link.session, link.jobs, i18n, link.clock, id -> null,
                new RehearsalViewModel(link.jobs, i18n, new SettingsStore(home).load(Runnable::run)));
        link.session.addFeed(vm);
        link.pick("a");
        return vm;
    }

    private static Tick tick(long second, long viewers, long joins, long leaves) {
        return new Tick(second * 1000, viewers, 2.5, joins, leaves, viewers);
    }

    @Test
    void beforeAnyTickEveryFigureIsADashRatherThanZero() {
        ScriptedLink link = new ScriptedLink();
        LiveViewModel vm = model(link);
        link.live();
        AudienceFigures figures = vm.figures();
        assertThat(List.of(figures.viewersText(), figures.heartbeatsText(), figures.joinsText(), figures.leavesText()))
                .containsOnly("\u2014");
        assertThat(figures.perMinuteText()).isEqualTo("\u2014 / min");
        assertThat(vm.freshness().asOfProperty().get()).as("nothing to date yet").isEmpty();
    }

    @Test
    void viewerCountIsMarkedStaleWithItsTimeWhenTheLinkIsLost() {
        ScriptedLink link = new ScriptedLink();
        LiveViewModel vm = model(link);
        link.live().event(tick(ScriptedLink.START.getEpochSecond(), 280, 3, 1));
        assertThat(vm.freshness().staleProperty().get()).isFalse();
        assertThat(vm.freshness().asOfProperty().get()).isEmpty();
        link.after(Duration.ofSeconds(4)).reconnecting();
        assertThat(vm.freshness().staleProperty().get()).as("reconnecting").isTrue();
        assertThat(vm.freshness().asOfProperty().get()).isEqualTo("as of 21:04:17");
        assertThat(vm.figures().viewersText()).as("the last number stays, marked").isEqualTo("280");
        link.after(Duration.ofSeconds(30)).state(ConnectionState.lost("gave up"));
        assertThat(vm.freshness().staleProperty().get()).as("lost").isTrue();
        assertThat(vm.freshness().asOfProperty().get()).isEqualTo("as of 21:04:17");
    }

    @Test
    void theMarkingStaysWhenTheLinkIsBackUntilAFreshTickArrives() {
        ScriptedLink link = new ScriptedLink();
        LiveViewModel vm = model(link);
        link.live().event(tick(ScriptedLink.START.getEpochSecond(), 280, 3, 1)).reconnecting();
        link.after(Duration.ofSeconds(10)).live();
        assertThat(vm.freshness().staleProperty().get()).as("live, but no tick yet").isTrue();
        link.after(Duration.ofSeconds(1)).snapshot(290);
        assertThat(vm.freshness().staleProperty().get()).as("a snapshot is not a tick").isTrue();
        assertThat(vm.freshness().asOfProperty().get()).isEqualTo("as of 21:04:28");
        assertThat(vm.figures().viewersText()).isEqualTo("290");
        link.after(Duration.ofSeconds(1)).event(tick(ScriptedLink.START.getEpochSecond() + 12, 291, 0, 0));
        assertThat(vm.freshness().staleProperty().get()).isFalse();
        assertThat(vm.freshness().asOfProperty().get()).isEmpty();
        assertThat(vm.figures().viewersText()).isEqualTo("291");
    }

    @Test
    void aLiveLinkThatStopsTickingMarksTheFiguresStaleAfterFiveSecondsAndATickClearsIt() {
        ScriptedLink link = new ScriptedLink();
        LiveViewModel vm = model(link);
        link.live().event(tick(ScriptedLink.START.getEpochSecond(), 280, 3, 1));
        link.after(Duration.ofSeconds(5));
        vm.onSecond();
        assertThat(vm.freshness().staleProperty().get()).as("five seconds without a tick is still fresh").isFalse();
        link.after(Duration.ofSeconds(1));
        vm.onSecond();
        assertThat(vm.freshness().staleProperty().get()).as("the link is up but silent").isTrue();
        assertThat(vm.freshness().asOfProperty().get()).isEqualTo("as of 21:04:17");
        link.event(tick(ScriptedLink.START.getEpochSecond() + 6, 282, 0, 0));
        assertThat(vm.freshness().staleProperty().get()).isFalse();
    }

    @Test
    void anEndedShowThatNoLongerTicksKeepsItsFinalFiguresUnmarked() {
        ScriptedLink link = new ScriptedLink();
        LiveViewModel vm = model(link);
        link.live().event(tick(ScriptedLink.START.getEpochSecond(), 280, 3, 1));
        link.session.updateShow(new Show("a", "Show a", ShowStatus.ENDED, null, null, ScriptedLink.START,
                ScriptedLink.START, ScriptedLink.START));
        link.after(Duration.ofMinutes(1));
        vm.onSecond();
        assertThat(vm.freshness().staleProperty().get()).isFalse();
        assertThat(vm.figures().viewersText()).isEqualTo("280");
    }

    @Test
    void anotherShowStartsWithDashesAndNoTimeNotWithTheLastShowsFigures() {
        ScriptedLink link = new ScriptedLink();
        LiveViewModel vm = model(link);
        link.live().event(tick(ScriptedLink.START.getEpochSecond(), 280, 3, 1));
        link.pick("b");
        assertThat(vm.freshness().staleProperty().get()).as("connecting to the other show").isTrue();
        assertThat(vm.freshness().asOfProperty().get()).isEmpty();
        assertThat(vm.figures().viewersText()).isEqualTo("\u2014");
        assertThat(vm.figures().heartbeatsText()).isEqualTo("\u2014");
    }
}
