package io.cuedeck.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.SettingsStore;
import io.cuedeck.console.live.LiveViewModel;
import io.cuedeck.console.live.RehearsalViewModel;
import io.cuedeck.console.session.ScriptedLink;
import io.cuedeck.protocol.console.Tick;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Toolkit-free: a scripted console stream on current-thread executors. */
class StatusBarViewModelTest {

    @TempDir
    Path home;

    private final ScriptedLink link = new ScriptedLink();

    private StatusBarViewModel statusBar(Locale locale) {
        I18n i18n = new I18n(locale);
        LiveViewModel live = new LiveViewModel(link.session, link.jobs, i18n, link.clock, id -> null,
                new RehearsalViewModel(link.jobs, i18n, new SettingsStore(home).load(Runnable::run)));
        link.session.addFeed(live);
        link.pick("a");
        return new StatusBarViewModel(link.session, live, i18n, link.clock);
    }

    private void tick(long viewers) {
        link.event(new Tick(link.clock.instant().toEpochMilli(), viewers, 2.0, 1, 0, viewers));
    }

    @Test
    void viewersNowIsADashUntilTheFirstTick() {
        StatusBarViewModel status = statusBar(Locale.ENGLISH);
        assertThat(status.viewersProperty().get()).isEqualTo("\u2014 viewers");
        link.live();
        tick(1);
        assertThat(status.viewersProperty().get()).isEqualTo("1 viewer");
    }

    @Test
    void viewersNowIsDimmedWithTheTimeOfTheLastTickWhileTheLinkIsDownAndClearsOnTheNextTick() {
        StatusBarViewModel status = statusBar(Locale.ENGLISH);
        link.live();
        tick(1_280);
        assertThat(status.viewersStaleProperty().get()).isFalse();
        link.after(Duration.ofSeconds(3)).reconnecting();
        assertThat(status.viewersProperty().get()).isEqualTo("1,280 viewers");
        assertThat(status.viewersStaleProperty().get()).isTrue();
        assertThat(status.viewersAsOfProperty().get()).isEqualTo("as of 21:04:17");
        link.after(Duration.ofSeconds(20)).live();
        tick(1_300);
        assertThat(status.viewersStaleProperty().get()).isFalse();
        assertThat(status.viewersAsOfProperty().get()).isEmpty();
        assertThat(status.viewersProperty().get()).isEqualTo("1,300 viewers");
    }

    @Test
    void theCaptionIsInTraditionalChineseToo() {
        StatusBarViewModel status = statusBar(Locale.TRADITIONAL_CHINESE);
        assertThat(status.viewersProperty().get()).isEqualTo("\u2014 位觀眾");
        link.live();
        tick(42);
        link.after(Duration.ofSeconds(5)).reconnecting();
        assertThat(status.viewersAsOfProperty().get()).isEqualTo("截至 21:04:17");
    }

    @Test
    void anUnencryptedLinkToAnotherComputerIsWarnedOfForAsLongAsItIsUsed() {
        StatusBarViewModel status = statusBar(Locale.ENGLISH);
        assertThat(status.unencryptedProperty().get()).isEmpty();
        link.unencrypted = true;
        status.onSecond();
        assertThat(status.unencryptedProperty().get()).isEqualTo("\u26a0 Not encrypted (http://)");
        link.unencrypted = false;
        status.onSecond();
        assertThat(status.unencryptedProperty().get()).isEmpty();
    }
}
