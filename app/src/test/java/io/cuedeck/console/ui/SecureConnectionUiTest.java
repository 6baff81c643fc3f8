package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.console.shell.ConnectionDialog;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The connection dialog against a backend serving HTTPS with a certificate of the studio's own CA:
 * refused in words until the CA file is chosen, then connected; an unencrypted http:// URL to
 * another computer is refused before anything is sent unless its box is ticked.
 */
@ExtendWith(ApplicationExtension.class)
class SecureConnectionUiTest {

    private static final String TOKEN = "studio-producer-token-7";
    private Path dir;
    private RunningServer backend;
    private ConsoleUi ui;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("cuedeck-tls-ui");
        KeytoolPki pki = KeytoolPki.make(dir, "Studio 4 CA");
        backend = CuedeckServer.start(ServerConfig.from(ConfigSource.of(Map.of("CUEDECK_PORT", "0",
                "CUEDECK_DATA_DIR", dir.resolve("data").toString(), "CUEDECK_TOKENS", "producer:" + TOKEN,
                "CUEDECK_TLS_KEYSTORE", pki.serverP12.toString(), "CUEDECK_TLS_PASSWORD", KeytoolPki.PASSWORD))));
        Files.copy(pki.caPem, dir.resolve("studio-ca.pem"));
        ui = ConsoleUi.open(stage, Map.of());
    }

    @AfterEach
    void stop() {
        ui.close();
        backend.stop();
    }

    private String problem(FxRobot robot) {
        return onFx(() -> robot.lookup(".notice-error").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t != null && !t.isBlank()).findFirst().orElse(""));
    }

    private void fill(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        onFx(() -> {
            field.setText(text);
            return null;
        });
    }

    @Test
    void anHttpsBackendOfTheStudioCaConnectsOnceItsCertificateIsChosen(FxRobot robot) {
        ui.awaitLive();
        onFx(() -> {
            ui.console.openConnection();
            return null;
        });
        robot.clickOn("#" + ConnectionDialog.ID_REMOTE);
        fill(robot, ConnectionDialog.ID_URL, "http://192.168.1.20:8080");
        fill(robot, ConnectionDialog.ID_TOKEN, TOKEN);
        robot.clickOn("Connect");
        await().atMost(Duration.ofSeconds(10)).until(() -> problem(robot).contains("not encrypted (http://)"));
        assertThat(onFx(() -> ui.console.session().backend().embedded())).as("nothing was sent; still embedded").isTrue();

        fill(robot, ConnectionDialog.ID_URL, backend.baseUrl());
        robot.clickOn("Connect");
        await().atMost(Duration.ofSeconds(15)).until(() -> problem(robot).contains("signed by an authority this computer does not trust"));
        assertThat(onFx(() -> ui.console.session().backend().embedded())).isTrue();

        fill(robot, ConnectionDialog.ID_TRUSTED_CA, dir.resolve("studio-ca.pem").toString());
        robot.clickOn("Connect");
        await().atMost(Duration.ofSeconds(15)).until(() -> onFx(() -> !ui.console.session().backend().embedded()));
        assertThat(onFx(() -> ui.console.session().backend().describe())).isEqualTo(backend.baseUrl());
        assertThat(onFx(() -> ui.console.settings().get("remote.trustedCa", "")))
                .isEqualTo(dir.resolve("studio-ca.pem").toString());
        assertThat(onFx(() -> robot.lookup("#status-unencrypted").query().isVisible())).isFalse();
    }
}
