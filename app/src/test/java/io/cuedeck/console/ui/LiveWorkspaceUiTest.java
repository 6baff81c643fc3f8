package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.console.live.LiveView;
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
}
