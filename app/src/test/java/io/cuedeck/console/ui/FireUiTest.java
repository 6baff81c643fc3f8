package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.console.rundown.FireControlView;
import io.cuedeck.console.rundown.RundownView;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import java.time.Duration;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** ARM then TAKE against the real embedded backend; the backend's report counts the fires. */
@ExtendWith(ApplicationExtension.class)
class FireUiTest {

    private ConsoleUi ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = ConsoleUi.open(stage, Map.of("workspace", "RUNDOWN"));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private Cue select(FxRobot robot, CueKind kind, int nth) {
        ListView<Cue> list = robot.lookup("#" + RundownView.ID_LIST).queryListView();
        await().atMost(Duration.ofSeconds(20)).until(() -> onFx(() -> list.getItems().size()) >= 5);
        Cue cue = onFx(() -> list.getItems().stream().filter(c -> c.kind() == kind).skip(nth).findFirst().orElseThrow());
        onFx(() -> {
            list.getSelectionModel().select(cue);
            list.requestFocus();
            return null;
        });
        return cue;
    }

    private String outcome(FxRobot robot) {
        return onFx(() -> robot.lookup("#" + FireControlView.ID_OUTCOME).queryAs(Label.class).getText());
    }

    @Test
    void armThenTakeFiresExactlyOnceAndSaysHowManyViewersGotIt(FxRobot robot) {
        ui.awaitLive();
        Cue poll = select(robot, CueKind.POLL, 0);
        robot.clickOn("#" + FireControlView.ID_ARM);
        await().atMost(Duration.ofSeconds(5)).until(() -> outcome(robot).startsWith("Armed"));
        robot.clickOn("#" + FireControlView.ID_TAKE);
        await().atMost(Duration.ofSeconds(15)).until(() -> outcome(robot).matches("(?s)(Sent to|Delivered to) .*viewers.*"));
        assertThat(ui.firesOf(poll.id())).isEqualTo(1);
    }

    @Test
    void aQuickDoubleTakeStillFiresOnce(FxRobot robot) {
        ui.awaitLive();
        Cue quiz = select(robot, CueKind.QUIZ, 0);
        robot.type(KeyCode.F8);
        await().atMost(Duration.ofSeconds(5)).until(() -> outcome(robot).startsWith("Armed"));
        robot.type(KeyCode.F12, 2);
        await().atMost(Duration.ofSeconds(15)).until(() -> outcome(robot).matches("(?s)(Sent to|Delivered to) .*viewers.*"));
        robot.type(KeyCode.F12);
        // with nothing armed a TAKE is refused on the FX thread, before any request exists: once the
        // key press has been handled, no fire can still be on its way
        assertThat(onFx(() -> ui.console.rundown().fire().takeBlockedProperty().get())).isEqualTo("Arm a cue first (F8).");
        assertThat(onFx(() -> ui.console.jobs().busyProperty().get())).as("no request in flight").isFalse();
        assertThat(ui.firesOf(quiz.id())).isEqualTo(1);
    }

    @Test
    void takingACueThatIsLiveAsksForAnExplicitRefireAndCancelSendsNothing(FxRobot robot) {
        ui.awaitLive();
        Cue poll = select(robot, CueKind.POLL, 1);
        robot.type(KeyCode.F8).type(KeyCode.F12);
        await().atMost(Duration.ofSeconds(15)).until(() -> ui.firesOf(poll.id()) == 1);
        select(robot, CueKind.POLL, 1);
        robot.type(KeyCode.F8).type(KeyCode.F12);
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("Fire again").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertThat(onFx(() -> ui.console.jobs().busyProperty().get())).as("Cancel sent no request").isFalse();
        assertThat(ui.firesOf(poll.id())).isEqualTo(1);
        robot.type(KeyCode.F12);
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("Fire again").tryQuery().isPresent());
        robot.clickOn("Fire again");
        await().atMost(Duration.ofSeconds(15)).until(() -> ui.firesOf(poll.id()) == 2);
    }

    @Test
    void takeIsOffWithTheReasonWhileTheBackendIsDownAndComesBackWhenItReturns(FxRobot robot) {
        ui.awaitLive();
        select(robot, CueKind.ANNOUNCEMENT, 0);
        robot.type(KeyCode.F8);
        Button take = robot.lookup("#" + FireControlView.ID_TAKE).queryButton();
        await().atMost(Duration.ofSeconds(5)).until(() -> !onFx(take::isDisabled));
        ui.rehearsal.stopServer();
        await().atMost(Duration.ofSeconds(20)).until(() -> onFx(take::isDisabled));
        String reason = onFx(() -> robot.lookup("#" + FireControlView.ID_REASON).queryAs(Label.class).getText());
        assertThat(reason).startsWith("TAKE is off: not connected to the backend");
        ui.rehearsal.restartServer();
        await().atMost(Duration.ofSeconds(45)).until(() -> !onFx(take::isDisabled));
    }
}
