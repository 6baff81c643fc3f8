package io.cuedeck.console.tour;

import io.cuedeck.console.Console;
import io.cuedeck.console.ConsoleConfig;
import io.cuedeck.console.session.ClientBackend;
import io.cuedeck.console.session.EmbeddedRehearsal;
import io.cuedeck.connector.ClientConfig;
import io.cuedeck.connector.CuedeckClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Not a test: the Phones window on the real console (real embedded backend on loopback, its
 * rehearsal crowd) on a real display, photographed with ImageMagick's {@code import}, like
 * {@link ScreenshotTour}. Usage: {@code DISPLAY=:95 java -cp ... PhonesTour docs/screenshots [locale]}.
 */
public final class PhonesTour {

    private static Console console;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "en");
        String name = "phones" + (args.length > 1 ? "-" + args[1] : "");
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("cuedeck-tour-");
        EmbeddedRehearsal rehearsal = new EmbeddedRehearsal(home.resolve("backend"), Duration.ofSeconds(5));
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            console = new Console(new ConsoleConfig(home, rehearsal,
                    (url, token) -> new ClientBackend(CuedeckClient.create(ClientConfig.of(url, token)), false, () -> { }),
                    null, locale));
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            console.show(stage);
            stage.setWidth(1600);
            stage.setHeight(1000);
            shown.countDown();
        });
        shown.await();
        Thread.sleep(15_000);
        onFx(() -> console.shell().dismissWelcome());
        onFx(() -> console.openPhones());
        Thread.sleep(2_000);
        Path file = out.resolve(name + ".png");
        Process p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
        System.out.println("screenshot " + file);
        onFx(() -> console.close());
        rehearsal.stopServer();
        Platform.exit();
        System.exit(0);
    }

    private static void onFx(Runnable action) throws Exception {
        FutureTask<Void> task = new FutureTask<>(action, null);
        Platform.runLater(task);
        task.get();
    }
}
