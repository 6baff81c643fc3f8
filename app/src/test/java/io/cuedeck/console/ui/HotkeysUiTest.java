package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.console.rundown.ArmTake;
import io.cuedeck.console.shell.HelpOverlay;
import io.cuedeck.console.shell.Workspace;
import java.time.Duration;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The keyboard map: F1 help, Ctrl+1..4 workspaces, F8 ARM, Esc disarm, F12 TAKE. */
@ExtendWith(ApplicationExtension.class)
class HotkeysUiTest {

    private ConsoleUi ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = ConsoleUi.open(stage, Map.of("workspace", "LIVE"));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void everyMainActionIsOnTheKeyboard(FxRobot robot) {
        ui.awaitLive();
        Node help = robot.lookup("#" + HelpOverlay.ID).query();
        robot.type(KeyCode.F1);
        assertThat(onFx(help::isVisible)).isTrue();
        assertThat(robot.lookup("TAKE: fire the armed cue").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(onFx(help::isVisible)).isFalse();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertThat(onFx(() -> ui.console.shell().workspaceProperty().get())).isEqualTo(Workspace.CAPACITY);
        assertThat(robot.lookup("#capacity-workspace").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertThat(onFx(() -> ui.console.shell().workspaceProperty().get())).isEqualTo(Workspace.RUNDOWN);

        await().atMost(Duration.ofSeconds(20)).until(() -> onFx(() -> ui.console.rundown().cues().size()) == 5);
        robot.type(KeyCode.F8);
        assertThat(onFx(() -> ui.console.rundown().fire().armTake().phase())).isEqualTo(ArmTake.Phase.ARMED);
        robot.type(KeyCode.ESCAPE);
        assertThat(onFx(() -> ui.console.rundown().fire().armTake().phase())).isEqualTo(ArmTake.Phase.IDLE);

        String first = onFx(() -> ui.console.rundown().cues().get(0).id());
        robot.type(KeyCode.F8).type(KeyCode.F12);
        await().atMost(Duration.ofSeconds(15)).until(() -> ui.firesOf(first) == 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(onFx(() -> ui.console.shell().workspaceProperty().get())).isEqualTo(Workspace.LIVE);
    }
}
