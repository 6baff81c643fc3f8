package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.console.live.LiveView;
import io.cuedeck.console.shell.StatusBarView;
import io.cuedeck.console.theme.Styles;
import java.time.Duration;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Headless (Monocle), against the real embedded backend and its rehearsal crowd. */
@ExtendWith(ApplicationExtension.class)
class LiveWorkspaceUiTest {

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
    void theViewerTileAndTheChartFollowTheRehearsalAudience(FxRobot robot) {
        ui.awaitLive();
        Label viewers = robot.lookup("#" + LiveView.ID_VIEWERS).queryAs(Label.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(onFx(viewers::getText).replace(",", "")).matches("[1-9][0-9]*"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                onFx(() -> ui.console.live().series().viewers().dataSet().getDataCount()) >= 3);
        double lastPlotted = onFx(() -> {
            var data = ui.console.live().series().viewers().dataSet();
            return data.get(1, data.getDataCount() - 1);
        });
        assertThat(lastPlotted).as("the chart plots the audience the backend counts").isPositive();
        assertThat(robot.lookup("#status-viewers").queryAs(Label.class).getText()).endsWith("viewers");
    }

    private static boolean stale(FxRobot robot, String id) {
        return onFx(() -> robot.lookup("#" + id).query().getStyleClass().contains(Styles.STALE));
    }

    /** The caption's text while it shows; null while it is hidden. */
    private static String caption(FxRobot robot, String id) {
        return onFx(() -> {
            Label label = robot.lookup("#" + id).queryAs(Label.class);
            return label.isVisible() ? label.getText() : null;
        });
    }

    @Test
    void theFiguresAreMarkedStaleWithTheirTimeWhileTheBackendIsDownAndFreshAgainWhenItReturns(FxRobot robot) {
        ui.awaitLive();
        Label viewers = robot.lookup("#" + LiveView.ID_VIEWERS).queryAs(Label.class);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                onFx(viewers::getText).replace(",", "").matches("[1-9][0-9]*") && !stale(robot, LiveView.ID_VIEWER_TILE));
        assertThat(caption(robot, LiveView.ID_AS_OF)).isNull();
        assertThat(caption(robot, StatusBarView.ID_VIEWERS_AS_OF)).isNull();

        ui.rehearsal.stopServer();
        await().atMost(Duration.ofSeconds(20)).until(() -> stale(robot, LiveView.ID_VIEWER_TILE));
        String asOf = caption(robot, LiveView.ID_AS_OF);
        assertThat(asOf).matches("as of \\d\\d:\\d\\d:\\d\\d");
        assertThat(caption(robot, StatusBarView.ID_VIEWERS_AS_OF)).isEqualTo(asOf);
        assertThat(stale(robot, StatusBarView.ID_VIEWERS)).as("status bar viewers dimmed").isTrue();
        assertThat(stale(robot, LiveView.ID_FIRE)).as("latest fire dimmed").isTrue();
        assertThat(onFx(viewers::getText).replace(",", "")).as("the last number stays, marked").matches("[1-9][0-9]*");

        ui.rehearsal.restartServer();
        await().atMost(Duration.ofSeconds(45)).until(() -> !stale(robot, LiveView.ID_VIEWER_TILE));
        assertThat(caption(robot, LiveView.ID_AS_OF)).isNull();
        assertThat(stale(robot, StatusBarView.ID_VIEWERS)).isFalse();
        assertThat(caption(robot, StatusBarView.ID_VIEWERS_AS_OF)).isNull();
        assertThat(stale(robot, LiveView.ID_FIRE)).isFalse();
    }
}
