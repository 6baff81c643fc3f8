package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.connector.ClientConfig;
import io.cuedeck.connector.CuedeckClient;
import io.cuedeck.console.audit.AuditView;
import io.cuedeck.console.audit.AuditViewModel.Row;
import io.cuedeck.console.control.ControlView;
import io.cuedeck.console.rundown.FireControlView;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two real consoles on one show of one in-process backend, a producer's and a host's: whoever holds
 * control TAKEs, the other sees who and why TAKE is off; a request is handed over; an unanswered one
 * is forced after the timeout; the audit trail window shows every step.
 */
@ExtendWith(ApplicationExtension.class)
class TwoConsolesUiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PRODUCER = "producer-console-token";
    private static final String HOST = "host-console-token";
    private Path dir;
    private RunningServer backend;
    private String showId;
    private Cue poll;
    private ConsoleUi producer;
    private ConsoleUi host;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("cuedeck-two-consoles");
        backend = CuedeckServer.start(ServerConfig.from(ConfigSource.of(Map.of("CUEDECK_PORT", "0",
                "CUEDECK_DATA_DIR", dir.resolve("data").toString(), "CUEDECK_TOKENS",
                "producer:" + PRODUCER + ",host:" + HOST, "CUEDECK_CONTROL_FORCE_SECONDS", "2"))));
        try (CuedeckClient setup = CuedeckClient.create(ClientConfig.of(backend.baseUrl(), PRODUCER))) {
            showId = setup.createShow(new NewShow(null, "Two consoles", null, null)).id();
            poll = setup.addCue(showId, new CueDraft(CueKind.POLL, Map.of("en", "Who wins?"),
                    List.of(Map.of("en", "Red"), Map.of("en", "Blue")), null, 60, "en"));
            setup.updateShow(showId, new ShowPatch(ShowStatus.LIVE, null, null, null));
        }
        Map<String, String> settings = Map.of("backend", "remote", "remote.url", backend.baseUrl(), "show.last", showId,
                "workspace", "RUNDOWN");
        producer = ConsoleUi.open(stage, settings, PRODUCER);
        Stage second = new Stage();
        host = ConsoleUi.open(second, settings, HOST);
    }

    @AfterEach
    void stop() {
        producer.close();
        host.close();
        backend.stop();
    }

    private static Node in(FxRobot robot, ConsoleUi ui, String id) {
        return robot.from(ui.console.stage().getScene().getRoot()).lookup("#" + id).query();
    }

    private static String text(FxRobot robot, ConsoleUi ui, String id) {
        Label label = (Label) in(robot, ui, id);
        return onFx(label::getText);
    }

    private static void press(FxRobot robot, ConsoleUi ui, String id) {
        Button button = (Button) in(robot, ui, id);
        await().atMost(WAIT).until(() -> onFx(() -> button.isVisible() && !button.isDisabled()));
        onFx(() -> {
            button.fire();
            return null;
        });
    }

    private static void arm(ConsoleUi ui, Cue cue) {
        onFx(() -> {
            ui.console.rundown().fire().arm(cue);
            return null;
        });
    }

    private long fires() {
        try (CuedeckClient read = CuedeckClient.create(ClientConfig.of(backend.baseUrl(), PRODUCER))) {
            return read.fires(showId).size();
        }
    }

    @Test
    void onlyTheConsoleInControlTakesAndControlIsHandedOverOrForcedInTheOpen(FxRobot robot) {
        producer.awaitLive();
        host.awaitLive();
        await().atMost(WAIT).until(() -> text(robot, host, ControlView.ID_TEXT).startsWith("Nobody has control"));

        arm(producer, poll);
        press(robot, producer, FireControlView.ID_TAKE);
        await().atMost(WAIT).until(() -> fires() == 1);
        await().atMost(WAIT).until(() -> text(robot, producer, ControlView.ID_TEXT).equals("You have control."));
        await().atMost(WAIT).until(() -> text(robot, host, ControlView.ID_TEXT).startsWith("producer-1 (producer) has control"));
        arm(host, poll);
        Button hostTake = (Button) in(robot, host, FireControlView.ID_TAKE);
        await().atMost(WAIT).until(() -> onFx(hostTake::isDisabled));
        assertThat(text(robot, host, FireControlView.ID_REASON))
                .startsWith("TAKE is off: producer-1 (producer) has control on another console.");
        Button hostClose = (Button) in(robot, host, FireControlView.ID_CLOSE);
        assertThat(onFx(hostClose::isDisabled)).as("Close is the holder's too").isTrue();

        press(robot, host, ControlView.ID_REQUEST);
        await().atMost(WAIT).until(() -> text(robot, producer, ControlView.ID_TEXT).equals("host-1 (host) asks for control."));
        press(robot, producer, ControlView.ID_ACCEPT);
        await().atMost(WAIT).until(() -> text(robot, host, ControlView.ID_TEXT).equals("You have control."));
        await().atMost(WAIT).until(() -> !onFx(hostTake::isDisabled));
        assertThat(onFx(hostClose::isDisabled)).as("the producer's fire is still open; now the host may close it").isFalse();
        onFx(() -> {
            hostTake.fire();
            return null;
        });
        ui(robot, host, "Fire again");
        await().atMost(WAIT).until(() -> fires() == 2);
        Button producerTake = (Button) in(robot, producer, FireControlView.ID_TAKE);
        arm(producer, poll);
        await().atMost(WAIT).until(() -> onFx(producerTake::isDisabled));

        press(robot, producer, ControlView.ID_REQUEST);
        await().atMost(WAIT).until(() -> text(robot, host, ControlView.ID_TEXT).equals("producer-1 (producer) asks for control."));
        Button force = (Button) in(robot, producer, ControlView.ID_FORCE);
        assertThat(onFx(force::getText)).startsWith("Force take");
        press(robot, producer, ControlView.ID_FORCE);
        await().atMost(WAIT).until(() -> text(robot, producer, ControlView.ID_TEXT).equals("You have control."));
        await().atMost(WAIT).until(() -> text(robot, host, ControlView.ID_TEXT).startsWith("producer-1 (producer) has control"));

        press(robot, producer, ControlView.ID_AUDIT);
        await().atMost(WAIT).until(() -> auditRows(robot).size() >= 9);
        assertThat(auditRows(robot)).extracting(r -> r.who() + ": " + r.action()).startsWith(
                "producer-1 (producer): Forced the take", "producer-1 (producer): Asked for control",
                "host-1 (host): Fired a cue", "producer-1 (producer): Handed control over",
                "host-1 (host): Asked for control", "producer-1 (producer): Fired a cue",
                "producer-1 (producer): Took control");
    }

    /** Answers the re-fire question the host gets (the poll's window is still open) with its confirm button. */
    private static void ui(FxRobot robot, ConsoleUi ui, String button) {
        await().atMost(WAIT).until(() -> robot.lookup(button).tryQuery().isPresent());
        Button confirm = robot.lookup(button).queryButton();
        onFx(() -> {
            confirm.fire();
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Row> auditRows(FxRobot robot) {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot().lookup("#" + AuditView.ID_TABLE)).filter(n -> n != null)
                .findFirst().map(n -> List.copyOf(((TableView<Row>) n).getItems())).orElse(List.of()));
    }
}
