package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.shell.SettingsDialog;
import io.cuedeck.console.shell.ShowBarView;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console's language from the Settings dialog: chosen with the keyboard and the mouse, said to
 * apply at the next start, remembered, and used when the console starts again.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageUiTest {

    private Path home;
    private ConsoleUi ui;

    @Start
    void start(Stage stage) throws Exception {
        home = ConsoleUi.home(Map.of("workspace", "LIVE", "locale", "en"), null);
        ui = ConsoleUi.openIn(stage, home, "backend", null);
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void traditionalChineseChosenInSettingsIsTheLanguageOfTheNextStart(FxRobot robot) {
        ui.awaitLive();
        assertThat(robot.lookup("#nav-rundown").queryAs(ToggleButton.class).getText()).isEqualTo("Rundown");

        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        robot.clickOn("#" + SettingsDialog.ID_LANGUAGE).clickOn("繁體中文");
        Label note = robot.lookup("#" + SettingsDialog.ID_NEXT_START).queryAs(Label.class);
        assertThat(onFx(note::isVisible)).isTrue();
        assertThat(onFx(note::getText)).contains("next time it starts").contains("下次啟動");
        robot.clickOn("Save");
        assertThat(robot.lookup("#" + SettingsDialog.ID_LANGUAGE).tryQuery()).as("the dialog closed").isEmpty();
        assertThat(robot.lookup("#nav-rundown").queryAs(ToggleButton.class).getText())
                .as("this run keeps its language").isEqualTo("Rundown");

        ui.close();
        ui = onFx(() -> ConsoleUi.openIn(new Stage(), home, "backend", null)).awaitLive();
        assertThat(onFx(() -> ((ToggleButton) ui.console.stage().getScene().lookup("#nav-rundown")).getText()))
                .isEqualTo("節目流程");
        assertThat(onFx(() -> ((Button) ui.console.stage().getScene().lookup("#" + ShowBarView.ID_SETTINGS)).getText()))
                .isEqualTo("設定…");
    }
}
