package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.console.common.Settings;
import io.cuedeck.console.common.SettingsStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real console's window on Monocle's 1600 x 1000 screen: it opens again where the producer
 * left it, and a place on a monitor that is gone falls back to a visible default.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutUiTest {

    private Stage first;
    private ConsoleUi ui;

    @Start
    void start(Stage stage) {
        first = stage;
    }

    @AfterEach
    void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    private static Rectangle2D bounds(Stage stage) {
        return onFx(() -> new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    }

    /** Closes the console as the user does, waits for the settings file, and starts a new one on it. */
    private ConsoleUi restart(ConsoleUi before, Rectangle2D expectedOnDisk) {
        Path home = before.home;
        before.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Settings saved = new SettingsStore(home).load(Runnable::run);
            return saved.getDouble(Settings.WINDOW_WIDTH, 0) == expectedOnDisk.getWidth()
                    && saved.getDouble(Settings.WINDOW_X, 0) == expectedOnDisk.getMinX();
        });
        return onFx(() -> ConsoleUi.openIn(new Stage(), home, "backend-after-restart", null));
    }

    @Test
    void aMovedAndResizedWindowOpensAtTheSameBoundsAfterARestart() {
        ConsoleUi before = onFx(() -> ConsoleUi.open(first, Map.of("workspace", "LIVE"))).awaitLive();
        Rectangle2D moved = new Rectangle2D(120, 60, 1280, 820);
        onFx(() -> {
            first.setX(moved.getMinX());
            first.setY(moved.getMinY());
            first.setWidth(moved.getWidth());
            first.setHeight(moved.getHeight());
            return null;
        });
        assertThat(bounds(first)).isEqualTo(moved);

        ui = restart(before, moved).awaitLive();
        assertThat(bounds(ui.console.stage())).isEqualTo(moved);
    }

    @Test
    void aPlaceOnAMonitorThatIsGoneFallsBackToAVisibleDefault() {
        ui = onFx(() -> ConsoleUi.open(first, Map.of("window.x", "2400", "window.y", "100",
                "window.width", "1400", "window.height", "900"))).awaitLive();
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        Rectangle2D opened = bounds(ui.console.stage());
        assertThat(screen.contains(opened)).as(opened + " lies on the screen " + screen).isTrue();
        assertThat(opened.getWidth()).isEqualTo(Math.min(1600, screen.getWidth()));
    }
}
