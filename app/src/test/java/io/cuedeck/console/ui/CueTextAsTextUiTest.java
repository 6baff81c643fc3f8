package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cuedeck.console.rundown.CueEditorView;
import io.cuedeck.console.rundown.RundownView;
import io.cuedeck.protocol.Cue;
import java.time.Duration;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * SQL, NoSQL, HTML and script in a cue never execute in the console: they travel to the real
 * backend and back and are shown as the characters they are, in labels and text fields. The
 * console has no component that renders markup (no WebView: javafx-web is not even on its class
 * path), so there is nothing that could run a script.
 */
@ExtendWith(ApplicationExtension.class)
class CueTextAsTextUiTest {

    private static final String PROMPT = "<script>alert(1)</script><b>x</b>'; DROP TABLE cues;--";
    private static final String OPTION = "<img src=x onerror=alert(1)>";
    private static final String OTHER = "{\"$ne\": null}";

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
        // the editor lays out a poll's option fields a pulse after the kind is picked
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> robot.lookup("#" + id).tryQuery().isPresent()));
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        onFx(() -> {
            field.setText(text);
            return null;
        });
    }

    @Test
    void markupAndQueriesInACueAreShownAsTheTextTheyAre(FxRobot robot) {
        ui.awaitLive();
        ListView<Cue> list = robot.lookup("#" + RundownView.ID_LIST).queryListView();
        await().atMost(Duration.ofSeconds(20)).until(() -> onFx(() -> list.getItems().size()) == 5);
        robot.clickOn("New cue").clickOn("Poll");
        for (String lang : new String[] {"en", "zh-TW"}) {
            fill(robot, "editor-prompt-" + lang, PROMPT);
            fill(robot, "editor-option-0-" + lang, OPTION);
            fill(robot, "editor-option-1-" + lang, OTHER);
        }
        robot.clickOn("#" + CueEditorView.ID_SAVE);
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> list.getItems().size()) == 6);

        Cue saved = onFx(() -> list.getItems().stream().filter(c -> PROMPT.equals(c.prompt().get("en"))).findFirst())
                .orElseThrow();
        Cue stored = onFx(() -> ui.console.session().backend()).rundown(ui.showId()).stream()
                .filter(c -> c.id().equals(saved.id())).findFirst().orElseThrow();
        assertThat(stored.prompt().get("en")).as("the backend stored the text as it is").isEqualTo(PROMPT);
        assertThat(stored.options().get(0).get("en")).isEqualTo(OPTION);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(onFx(() -> robot.lookup(".list-cell")
                .queryAll().stream().flatMap(cell -> robot.from(cell).lookup((Node n) -> n instanceof Labeled).queryAll().stream())
                .map(n -> ((Labeled) n).getText()).toList()))
                .as("the rundown's label shows the prompt's characters").contains(PROMPT));
        onFx(() -> {
            list.getSelectionModel().select(saved);
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(onFx(() -> robot.lookup("#editor-option-0-en")
                .queryAs(TextInputControl.class).getText())).isEqualTo(OPTION));
        assertThatThrownBy(() -> Class.forName("javafx.scene.web.WebView")).isInstanceOf(ClassNotFoundException.class);
    }
}
