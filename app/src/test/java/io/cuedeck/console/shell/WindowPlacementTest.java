package io.cuedeck.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.common.Settings;
import io.cuedeck.console.common.SettingsStore;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window layout rules without the FX toolkit: settings written to disk and read back, screens made up. */
class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1050);
    private static final Rectangle2D MONITOR_RIGHT = new Rectangle2D(1920, 0, 2560, 1410);

    @TempDir
    Path home;

    private Settings closeWindowAt(Rectangle2D bounds, boolean maximized) {
        Settings settings = new SettingsStore(home).load(Runnable::run);
        WindowPlacement.remember(settings, bounds, maximized);
        return new SettingsStore(home).load(Runnable::run);
    }

    @Test
    void aWindowMovedAndResizedOpensAtTheSameBoundsAfterARestart() {
        Rectangle2D left = new Rectangle2D(2100, 60, 1400, 900);
        Settings restarted = closeWindowAt(left, false);
        assertThat(WindowPlacement.restore(restarted, List.of(LAPTOP, MONITOR_RIGHT))).isEqualTo(left);
        assertThat(WindowPlacement.maximized(restarted)).isFalse();
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneOpensCentredOnThePrimaryScreen() {
        Settings restarted = closeWindowAt(new Rectangle2D(2100, 60, 1400, 900), false);
        Rectangle2D opened = WindowPlacement.restore(restarted, List.of(LAPTOP));
        assertThat(opened).isEqualTo(new Rectangle2D(160, 25, 1600, 1000));
        assertThat(LAPTOP.contains(opened)).as("fully visible").isTrue();
    }

    @Test
    void aWindowWhoseTitleBarCannotBeGrabbedOpensOnTheDefault() {
        Rectangle2D byDefault = new Rectangle2D(160, 25, 1600, 1000);
        assertThat(WindowPlacement.restore(closeWindowAt(new Rectangle2D(300, -400, 1400, 900), false), List.of(LAPTOP)))
                .as("dragged up past the top of the screen").isEqualTo(byDefault);
        assertThat(WindowPlacement.restore(closeWindowAt(new Rectangle2D(1820, 100, 1400, 900), false), List.of(LAPTOP)))
                .as("only 100 px of the title bar left on the screen").isEqualTo(byDefault);
        assertThat(WindowPlacement.restore(closeWindowAt(new Rectangle2D(1620, 100, 1400, 900), false), List.of(LAPTOP)))
                .as("300 px left: the producer can still drag it back").isEqualTo(new Rectangle2D(1620, 100, 1400, 900));
    }

    @Test
    void aWindowBiggerThanItsScreenNowIsShrunkToTheScreen() {
        Settings restarted = closeWindowAt(new Rectangle2D(0, 0, 2560, 1410), false);
        assertThat(WindowPlacement.restore(restarted, List.of(LAPTOP))).isEqualTo(new Rectangle2D(0, 0, 1920, 1050));
    }

    @Test
    void theFirstStartOpensAtTheDefaultSizeOrTheWholeOfASmallerScreen() {
        Settings fresh = new SettingsStore(home).load(Runnable::run);
        assertThat(WindowPlacement.restore(fresh, List.of(LAPTOP))).isEqualTo(new Rectangle2D(160, 25, 1600, 1000));
        Rectangle2D small = new Rectangle2D(0, 32, 1366, 736);
        assertThat(WindowPlacement.restore(fresh, List.of(small))).isEqualTo(small);
    }

    @Test
    void aMaximizedWindowComesBackMaximizedAndKeepsTheBoundsToRestoreTo() {
        Rectangle2D normal = new Rectangle2D(100, 80, 1300, 850);
        closeWindowAt(normal, false);
        Settings restarted = closeWindowAt(new Rectangle2D(0, 0, 1920, 1050), true);
        assertThat(WindowPlacement.maximized(restarted)).isTrue();
        assertThat(WindowPlacement.restore(restarted, List.of(LAPTOP))).isEqualTo(normal);
    }
}
