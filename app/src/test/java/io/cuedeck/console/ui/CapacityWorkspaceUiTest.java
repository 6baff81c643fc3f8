package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.console.session.Backend;
import io.cuedeck.console.shell.Workspace;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostSource;
import io.cuedeck.protocol.capacity.BoostStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Capacity workspace against the real embedded backend: add with inline validation, the bar on
 * the timeline in its status colour, delete and undo, Boost now by hotkey with its confirmation in
 * viewers and units, a calendar previewed then imported, the preflight, and the cue editor's planned
 * push that becomes a boost.
 */
@ExtendWith(ApplicationExtension.class)
class CapacityWorkspaceUiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ConsoleUi ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = ConsoleUi.open(stage, Map.of("workspace", "CAPACITY"));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private Backend backend() {
        return onFx(() -> ui.console.session().backend());
    }

    private List<Boost> boosts() {
        return backend().boosts(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(3)));
    }

    private static void fill(FxRobot robot, String id, String text) {
        // ControlsFX moves a dialog's content into its decoration pane once, just after it opens
        await().atMost(WAIT).until(() -> robot.lookup("#" + id).tryQuery().isPresent());
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        onFx(() -> {
            field.setText(text);
            return null;
        });
    }

    private static String text(FxRobot robot, String id) {
        await().atMost(WAIT).until(() -> robot.lookup("#" + id).tryQuery().isPresent());
        Label label = robot.lookup("#" + id).queryAs(Label.class);
        return onFx(label::getText);
    }

    private static String local(Instant at) {
        return LOCAL.format(at.atZone(ZoneId.systemDefault()));
    }

    /** Bars on the timeline and the style classes they wear. */
    private static List<List<String>> bars(FxRobot robot) {
        return onFx(() -> robot.lookup(".boost-bar").queryAll().stream().map(n -> List.copyOf(n.getStyleClass())).toList());
    }

    @Test
    void aBoostWithABadFieldIsNamedAndNotSentThenSavedItAppearsOnTheTimelineInItsStatusColour(FxRobot robot) {
        ui.awaitLive();
        Instant start = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        robot.clickOn("#capacity-add");
        fill(robot, "boost-title", "Final vote");
        fill(robot, "boost-start", local(Instant.now().minus(Duration.ofHours(2))));
        fill(robot, "boost-end", local(start.plus(Duration.ofHours(1))));
        fill(robot, "boost-amount", "900000");
        robot.clickOn("#boost-save");

        assertThat(text(robot, "boost-problems")).contains("The start is in the past")
                .contains("That needs 300 units; the most is 50.");
        assertThat(text(robot, "boost-message")).startsWith("Not sent: 2 fields need fixing");
        assertThat(boosts()).isEmpty();

        fill(robot, "boost-start", local(start));
        fill(robot, "boost-amount", "60000");
        assertThat(text(robot, "boost-problems")).isEmpty();
        robot.clickOn("#boost-save");

        await().atMost(WAIT).until(() -> boosts().size() == 1);
        Boost b = boosts().get(0);
        assertThat(b.title()).isEqualTo("Final vote");
        assertThat(b.units()).isEqualTo(20); // 60,000 viewers at the default 3,000 a unit
        assertThat(b.start()).isEqualTo(start);
        assertThat(b.showId()).isEqualTo(ui.showId());
        await().atMost(WAIT).until(() -> bars(robot).stream().anyMatch(c -> c.contains("boost-planned")));
        assertThat(onFx(() -> robot.lookup("#boost-dialog").tryQuery().map(Node::isVisible).orElse(false))).isFalse();
    }

    @Test
    void deletingTheSelectedBoostCancelsItAndUndoPutsItBack(FxRobot robot) {
        ui.awaitLive();
        Instant start = Instant.now().plus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MINUTES);
        Boost b = backend().addBoost(new io.cuedeck.protocol.capacity.BoostDraft(null, "Spare", start,
                start.plus(Duration.ofHours(1)), 4, null, 30));
        onFx(() -> {
            ui.console.capacity().refresh();
            return null;
        });
        await().atMost(WAIT).until(() -> bars(robot).size() == 1);

        robot.clickOn(".boost-bar");
        assertThat(text(robot, "capacity-selected")).startsWith("Spare: planned");
        robot.clickOn("#capacity-delete");

        await().atMost(WAIT).until(() -> backend().boosts(null, null).stream()
                .anyMatch(x -> x.id().equals(b.id()) && x.status() == BoostStatus.CANCELLED));
        await().atMost(WAIT).until(() -> bars(robot).stream().anyMatch(c -> c.contains("boost-cancelled")));
        assertThat(text(robot, "capacity-message")).contains("Deleted: Spare");
        robot.clickOn("#capacity-undo");

        await().atMost(WAIT).until(() -> backend().boosts(null, null).stream()
                .anyMatch(x -> x.id().equals(b.id()) && x.status() == BoostStatus.PLANNED));
        await().atMost(WAIT).until(() -> bars(robot).stream().anyMatch(c -> c.contains("boost-planned")));
    }

    @Test
    void boostNowFromItsHotkeyConfirmsTheTargetInViewersAndUnitsThenAsksForCapacity(FxRobot robot) {
        ui.awaitLive();
        await().atMost(WAIT).until(() -> text(robot, "capacity-go").equals("GO"));
        onFx(() -> {
            ui.console.shell().show(Workspace.LIVE);
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);

        assertThat(onFx(() -> ui.console.shell().workspaceProperty().get())).isEqualTo(Workspace.CAPACITY);
        assertThat(text(robot, "boost-now-question"))
                .isEqualTo("Boost now to 34 units (100,000 viewers) for at least 15 minutes?");
        fill(robot, "boost-now-amount", "42000");
        assertThat(text(robot, "boost-now-question"))
                .isEqualTo("Boost now to 14 units (42,000 viewers) for at least 15 minutes?");
        robot.clickOn("#boost-now-send");
        Window alert = onFx(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("alert")).findFirst().orElseThrow());
        String question = onFx(() -> ((javafx.scene.control.DialogPane) alert.getScene().getRoot()).getContentText());
        assertThat(question).isEqualTo("Boost now to 14 units (42,000 viewers) for at least 15 minutes?");
        Button confirm = onFx(() -> alert.getScene().getRoot().lookupAll(".button").stream().map(n -> (Button) n)
                .filter(btn -> btn.getText().equals("Boost now")).findFirst().orElseThrow());
        robot.clickOn(confirm);

        await().atMost(WAIT).until(() -> boosts().stream().anyMatch(b -> b.source() == BoostSource.PUSH));
        Boost now = boosts().stream().filter(b -> b.source() == BoostSource.PUSH).findFirst().orElseThrow();
        assertThat(now.units()).isEqualTo(14);
        assertThat(now.showId()).isEqualTo(ui.showId());
        assertThat(now.reason()).isEqualTo("Push notification");
        await().atMost(WAIT).until(() -> text(robot, "capacity-provider").contains("14 units desired"));
        await().atMost(WAIT).until(() -> text(robot, "capacity-go").equals("NO-GO"));
        assertThat(onFx(() -> ui.console.capacity().checks().get(0).text()))
                .contains("of 14 units ready, all expected at");
    }

    @Test
    void aCalendarFileIsPreviewedWithoutStoringAnythingThenImported(FxRobot robot) throws Exception {
        ui.awaitLive();
        Instant at = Instant.now().plus(Duration.ofHours(6)).truncatedTo(ChronoUnit.HOURS);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(at.atZone(ZoneId.of("UTC")));
        Path file = Files.createTempFile("shows", ".ics");
        Files.writeString(file, String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "X-WR-CALNAME:Tonight", "BEGIN:VEVENT", "UID:quiz@test", "DTSTART:" + stamp, "DURATION:PT2H",
                "SUMMARY:Quiz night", "DESCRIPTION:viewers: 70000", "END:VEVENT", "BEGIN:VEVENT", "UID:meeting@test",
                "DTSTART:" + stamp, "DURATION:PT1H", "SUMMARY:Planning meeting", "END:VEVENT", "END:VCALENDAR", ""),
                StandardCharsets.UTF_8);
        robot.clickOn("#capacity-import");
        fill(robot, "import-source", file.toString());
        robot.clickOn("#import-preview");

        ListView<?> added = robot.lookup("#import-added").queryListView();
        await().atMost(WAIT).until(() -> onFx(() -> added.getItems().size()) == 1);
        assertThat(onFx(() -> added.getItems().get(0).toString())).startsWith("Quiz night").endsWith("24 units");
        assertThat(text(robot, "import-progress")).isEqualTo("Nothing stored yet: 1 to add, 0 to change, 0 to remove, "
                + "0 unchanged.");
        assertThat(boosts()).isEmpty();
        robot.clickOn("#import-apply");

        await().atMost(WAIT).until(() -> boosts().size() == 1);
        assertThat(boosts().get(0).source()).isEqualTo(BoostSource.CALENDAR);
        assertThat(text(robot, "import-progress")).startsWith("Imported: 1 added");
        Files.deleteIfExists(file);
    }

    @Test
    void aPushCuePlannedInTheEditorGetsABoostOfItsOwn(FxRobot robot) {
        ui.awaitLive();
        onFx(() -> {
            ui.console.shell().show(Workspace.RUNDOWN);
            return null;
        });
        await().atMost(WAIT).until(() -> onFx(() -> {
            var cues = ui.console.rundown().cues();
            if (cues.size() != 5) {
                return false;
            }
            ui.console.rundown().selectedProperty().set(cues.get(0));
            return true;
        }));
        fill(robot, "editor-planned-at", "tonight");
        onFx(() -> {
            ui.console.rundown().saveEditor();
            return null;
        });
        assertThat(onFx(() -> ui.console.rundown().editor().problemFor("plannedAt")))
                .isEqualTo("Write the planned time as 2026-12-04 20:45, or leave it empty.");

        Instant at = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        fill(robot, "editor-planned-at", local(at));
        // as a click would, on the box that is on screen (ControlsFX may still be moving the editor's
        // content into its decoration pane, leaving a detached twin for a lookup from this thread)
        await().atMost(WAIT).until(() -> onFx(() -> robot.lookup("#editor-push").queryAll().stream()
                .filter(n -> n.getScene() != null && n instanceof javafx.scene.control.CheckBox)
                .map(n -> (javafx.scene.control.CheckBox) n).findFirst()
                .map(box -> {
                    box.fire();
                    return true;
                }).orElse(false)));
        onFx(() -> {
            ui.console.rundown().saveEditor();
            return null;
        });

        await().atMost(WAIT).until(() -> boosts().stream().anyMatch(b -> b.source() == BoostSource.RUNDOWN));
        Boost b = boosts().stream().filter(x -> x.source() == BoostSource.RUNDOWN).findFirst().orElseThrow();
        assertThat(b.start()).isEqualTo(at);
        assertThat(backend().rundown(ui.showId()).get(0).pushes()).isTrue();
    }
}
