package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.console.companion.CompanionDialog;
import io.cuedeck.console.live.LiveView;
import io.cuedeck.console.shell.ShowBarView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Phones window, headless, on the real embedded rehearsal: what a producer opens to add real phones. */
@ExtendWith(ApplicationExtension.class)
class PhonesUiTest {

    private ConsoleUi ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = ConsoleUi.open(stage, Map.of("workspace", "LIVE"));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private static long windows() {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing).count());
    }

    @Test
    void theShowBarOpensTheCurrentShowsPageAddressAndAQrCodeThatScansToIt(FxRobot robot) throws Exception {
        ui.awaitLive();
        robot.clickOn("#" + ShowBarView.ID_PHONES);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#" + CompanionDialog.ID_ADDRESS).tryQuery().isPresent());

        String address = onFx(() -> robot.lookup("#" + CompanionDialog.ID_ADDRESS).queryAs(TextField.class).getText());
        String base = onFx(() -> ui.console.session().backend().baseUrl().toString());
        assertThat(address).isEqualTo(base + "/watch/" + ui.showId()).startsWith("http://127.0.0.1:");
        assertThat(scan(robot.lookup("#" + CompanionDialog.ID_QR).query())).isEqualTo(address);
        assertThat(onFx(() -> robot.lookup("#" + CompanionDialog.ID_REACH).queryAs(Label.class).getText()))
                .contains("this computer only");

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("the address serves the companion page").isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

        long open = windows();
        robot.clickOn("#" + LiveView.ID_PHONES);
        assertThat(windows()).as("the Live workspace's button brings the same window forward").isEqualTo(open);
    }

    /** The code as drawn on screen, read back with ZXing as a phone's camera would. */
    private static String scan(Node code) throws Exception {
        int[][] argb = new int[1][];
        int[] size = new int[2];
        onFx(() -> {
            WritableImage image = code.snapshot(null, null);
            size[0] = (int) image.getWidth();
            size[1] = (int) image.getHeight();
            argb[0] = new int[size[0] * size[1]];
            PixelReader pixels = image.getPixelReader();
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    argb[0][y * size[0] + x] = pixels.getArgb(x, y);
                }
            }
            return null;
        });
        return io.cuedeck.console.companion.QrScan.pixels(size[0], size[1], argb[0]);
    }
}
