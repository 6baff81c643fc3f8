package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.console.rundown.CueEditorView;
import io.cuedeck.console.rundown.RundownView;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.Cue;
import java.time.Duration;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The cue editor names what is wrong before anything is sent, against the real backend. */
@ExtendWith(ApplicationExtension.class)
class CueEditorUiTest {

    private ConsoleUi ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = ConsoleUi.open(stage, Map.of("workspace", "RUNDOWN"));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private void fill(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        onFx(() -> {
            field.setText(text);
            return null;
        });
    }

    /** Whether the editor's tab of this language wears the problem mark (read on the FX thread). */
    private static boolean tabMarked(FxRobot robot, String lang) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().flatMap(pane -> pane.getTabs().stream())
                .filter(tab -> ("editor-tab-" + lang).equals(tab.getId())).findFirst().orElseThrow()
                .getStyleClass().contains(Styles.TAB_PROBLEM);
    }

    private int backendCueCount() {
        String show = ui.showId();
        return onFx(() -> ui.console.session().backend()).rundown(show).size();
    }

    @Test
    void aPollWithAnUntranslatedOptionShowsTheProblemAndSendsNothingThenSavesOnceFixed(FxRobot robot) {
        ui.awaitLive();
        ListView<Cue> list = robot.lookup("#" + RundownView.ID_LIST).queryListView();
        await().atMost(Duration.ofSeconds(20)).until(() -> onFx(() -> list.getItems().size()) == 5);
        robot.clickOn("New cue").clickOn("Poll");
        fill(robot, "editor-prompt-en", "Best goal tonight?");
        fill(robot, "editor-prompt-zh-TW", "今晚最佳進球？");
        fill(robot, "editor-option-0-en", "First half");
        fill(robot, "editor-option-0-zh-TW", "上半場");
        fill(robot, "editor-option-1-en", "Second half");
        robot.clickOn("#" + CueEditorView.ID_SAVE);

        Label problems = robot.lookup("#" + CueEditorView.ID_PROBLEMS).queryAs(Label.class);
        Label message = robot.lookup("#" + CueEditorView.ID_MESSAGE).queryAs(Label.class);
        assertThat(onFx(problems::getText)).contains("Option 2 has no zh-TW text.");
        assertThat(onFx(message::getText)).startsWith("Not sent: 1 problem(s).");
        assertThat(onFx(() -> tabMarked(robot, "zh-TW"))).as("the zh-TW tab shows it holds the problem").isTrue();
        assertThat(onFx(() -> tabMarked(robot, "en"))).isFalse();
        // Save decides on the FX thread, before any job exists: the click has returned, so nothing
        // can still be on its way to the backend
        assertThat(onFx(() -> ui.console.rundown().editor().savingProperty().get())).isFalse();
        assertThat(backendCueCount()).as("nothing reached the backend").isEqualTo(5);

        fill(robot, "editor-option-1-zh-TW", "下半場");
        assertThat(onFx(problems::getText)).isEmpty();
        assertThat(onFx(() -> tabMarked(robot, "zh-TW"))).isFalse();
        robot.clickOn("#" + CueEditorView.ID_SAVE);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(onFx(message::getText)).isEqualTo("Saved."));
        assertThat(backendCueCount()).isEqualTo(6);
        assertThat(onFx(() -> list.getItems().size())).isEqualTo(6);

        System.gc();
        Cue announcement = onFx(() -> list.getItems().get(0));
        onFx(() -> {
            list.getSelectionModel().select(announcement);
            return null;
        });
        javafx.scene.control.Spinner<?> seconds = robot.lookup("#" + CueEditorView.ID_SECONDS).queryAs(javafx.scene.control.Spinner.class);
        assertThat(onFx(seconds::getValue)).as("the editor shows the selected cue's answer window")
                .isEqualTo(announcement.answerSeconds());
    }

    @Test
    void theRehearsalsQuizOpensWithTaipeiAsItsCorrectOptionAndSavesUnchanged(FxRobot robot) {
        ui.awaitLive();
        ListView<Cue> list = robot.lookup("#" + RundownView.ID_LIST).queryListView();
        await().atMost(Duration.ofSeconds(20)).until(() -> onFx(() -> list.getItems().size()) == 5);
        Cue quiz = onFx(() -> list.getItems().stream()
                .filter(c -> "Which city hosts the final?".equals(c.prompt().get("en"))).findFirst().orElseThrow());
        assertThat(quiz.options().get(quiz.correctOption()).get("en")).isEqualTo("Taipei");

        robot.clickOn(robot.lookup(".list-cell").queryAll().stream()
                .filter(cell -> quiz.equals(((javafx.scene.control.ListCell<?>) cell).getItem())).findFirst().orElseThrow());

        javafx.scene.control.ComboBox<?> correct = robot.lookup("#" + CueEditorView.ID_CORRECT)
                .queryAs(javafx.scene.control.ComboBox.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(correct::isVisible));
        assertThat(onFx(correct::getValue)).as("the correct option the quiz was saved with").isEqualTo(0);
        assertThat(onFx(() -> ((javafx.scene.control.Labeled) ((javafx.scene.control.skin.ComboBoxListViewSkin<?>)
                correct.getSkin()).getDisplayNode()).getText()))
                .as("what the producer reads in the box").isEqualTo("Option 1: Taipei");
        Label problems = robot.lookup("#" + CueEditorView.ID_PROBLEMS).queryAs(Label.class);
        assertThat(onFx(problems::getText)).isEmpty();

        robot.clickOn("#" + CueEditorView.ID_SAVE);
        Label message = robot.lookup("#" + CueEditorView.ID_MESSAGE).queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(onFx(message::getText)).isEqualTo("Saved."));
        Cue stored = onFx(() -> ui.console.session().backend()).rundown(ui.showId()).stream()
                .filter(c -> c.id().equals(quiz.id())).findFirst().orElseThrow();
        assertThat(stored.correctOption()).isEqualTo(0);
    }
}
