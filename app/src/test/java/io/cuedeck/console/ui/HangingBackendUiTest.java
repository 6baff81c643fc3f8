package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.console.shell.ConnectionDialog;
import io.cuedeck.console.shell.HelpOverlay;
import io.cuedeck.console.shell.StatusBarView;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A backend that accepts connections and never answers (a loopback socket that reads nothing and
 * writes nothing): the console stays responsive, shows what it is waiting for, and Cancel ends it;
 * then the connection dialog switches to the embedded backend without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class HangingBackendUiTest {

    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private ServerSocket silent;
    private ConsoleUi ui;

    @Start
    void start(Stage stage) throws Exception {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-backend");
        acceptor.setDaemon(true);
        acceptor.start();
        ui = ConsoleUi.open(stage, Map.of("backend", "remote",
                "remote.url", "http://127.0.0.1:" + silent.getLocalPort()), "not-a-real-token");
    }

    @AfterEach
    void stop() throws IOException {
        ui.close();
        silent.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void theConsoleStaysResponsiveShowsTheWaitAndCancelEndsIt(FxRobot robot) {
        Label activity = robot.lookup("#" + StatusBarView.ID_ACTIVITY).queryAs(Label.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> !held.isEmpty());
        assertThat(onFx(activity::getText)).startsWith("Connecting to http://127.0.0.1:");
        assertThat(onFx(() -> robot.lookup("#" + StatusBarView.ID_CANCEL).query().isVisible())).isTrue();

        long before = System.nanoTime();
        Node help = robot.lookup("#" + HelpOverlay.ID).query();
        robot.type(KeyCode.F1);
        assertThat(onFx(help::isVisible)).as("the FX thread answered a key while the request hangs").isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(3));

        robot.clickOn("#" + StatusBarView.ID_CANCEL);
        await().atMost(Duration.ofSeconds(3)).until(() -> onFx(activity::getText).isEmpty());
        await().atMost(Duration.ofSeconds(3)).until(() ->
                robot.lookup(".label").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText() != null && l.getText().contains("Cancelled before the backend answered")));
        assertThat(onFx(() -> ui.console.session().backend())).as("no half-connected backend was adopted").isNull();

        robot.clickOn("#" + ConnectionDialog.ID_EMBEDDED);
        robot.clickOn("Connect");
        ui.awaitLive();
        assertThat(onFx(() -> ui.console.session().backend().embedded()))
                .as("switched to the embedded backend without a restart").isTrue();
    }
}
