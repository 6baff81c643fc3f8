package io.cuedeck.console.tour;

import io.cuedeck.console.Console;
import io.cuedeck.console.ConsoleConfig;
import io.cuedeck.console.common.UiLanguage;
import io.cuedeck.console.session.EmbeddedRehearsal;
import io.cuedeck.console.session.RemoteBackends;
import io.cuedeck.console.shell.Workspace;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Not a test: drives the real console (real embedded backend, 300 simulated viewers) through each
 * workspace on a real display and photographs the whole screen with ImageMagick's {@code import}.
 * Usage (see docs/console.md): {@code DISPLAY=:97 java -cp ... ScreenshotTour docs/screenshots [locale]}.
 */
public final class ScreenshotTour {

    private static Console console;
    private static EmbeddedRehearsal rehearsal;
    private static Path out;

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "en");
        String suffix = args.length > 1 ? "-" + args[1] : "";
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("cuedeck-tour-");
        rehearsal = new EmbeddedRehearsal(home.resolve("backend"), Duration.ofSeconds(8));
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            console = new Console(new ConsoleConfig(home, rehearsal,
                    new RemoteBackends(),
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
        Thread.sleep(25_000);
        if (!suffix.isEmpty()) {
            onFx(() -> console.shell().dismissWelcome());
            onFx(() -> console.shell().show(Workspace.RUNDOWN));
            select(CueKind.POLL);
            onFx(() -> console.rundown().armSelected());
            onFx(() -> console.rundown().fire().take());
            Thread.sleep(6000);
            shot("rundown" + suffix);
            onFx(() -> console.shell().show(Workspace.LIVE));
            Thread.sleep(6000);
            shot("live" + suffix);
            settings("settings" + suffix, UiLanguage.ENGLISH);
            rehearsal.stopServer();
            Thread.sleep(4000);
            shot("live-backend-down" + suffix);
            exit();
            return;
        }
        shot("live-welcome");
        onFx(() -> console.shell().dismissWelcome());
        onFx(() -> console.shell().show(Workspace.RUNDOWN));
        select(CueKind.POLL);
        onFx(() -> console.rundown().armSelected());
        Thread.sleep(1500);
        shot("rundown-armed");
        onFx(() -> console.rundown().fire().take());
        Thread.sleep(6000);
        shot("rundown-fired");
        onFx(() -> console.shell().show(Workspace.LIVE));
        Thread.sleep(8000);
        shot("live");
        onFx(() -> console.shell().show(Workspace.RUNDOWN));
        select(CueKind.QUIZ); // the rehearsal's quiz opens with its correct option shown
        Thread.sleep(1500);
        shot("rundown-quiz");
        onFx(() -> console.rundown().newCue(CueKind.QUIZ));
        onFx(() -> {
            var form = console.rundown().editor().form();
            form.prompt("en").set("Which team scored first?");
            form.prompt("zh-TW").set("哪一隊先得分？");
            form.option(0, "en").set("Red team");
            form.option(0, "zh-TW").set("紅隊");
            form.option(1, "en").set("Blue team");
            console.rundown().saveEditor();
        });
        Thread.sleep(1500);
        shot("rundown-editor-invalid");
        onFx(() -> console.shell().toggleHelp());
        Thread.sleep(800);
        shot("help");
        onFx(() -> console.shell().toggleHelp());
        onFx(() -> console.shell().show(Workspace.REPORTS));
        Thread.sleep(800);
        shot("reports");
        settings("settings", UiLanguage.TRADITIONAL_CHINESE);
        onFx(() -> console.shell().show(Workspace.RUNDOWN));
        select(CueKind.ANNOUNCEMENT);
        onFx(() -> console.rundown().armSelected());
        onFx(() -> {
            console.connection().remoteProperty().set(true);
            console.connection().urlProperty().set("https://cuedeck.studio.example:8443");
            console.connection().tokenProperty().set("this-token-never-shows");
            console.openConnection();
        });
        Thread.sleep(1500);
        shot("connection");
        closeDialogs();
        rehearsal.stopServer();
        Thread.sleep(4000);
        shot("rundown-backend-down");
        onFx(() -> console.shell().show(Workspace.LIVE));
        Thread.sleep(2500);
        shot("live-backend-down");
        exit();
    }

    /** The Settings dialog with another language picked (not saved), then closed. */
    private static void settings(String name, UiLanguage picked) throws Exception {
        onFx(() -> console.openSettings());
        onFx(() -> console.preferences().languageProperty().set(picked));
        Thread.sleep(1000);
        shot(name);
        closeDialogs();
    }

    private static void closeDialogs() throws Exception {
        onFx(() -> Window.getWindows().stream().filter(w -> w != console.stage()).toList().forEach(Window::hide));
        Thread.sleep(500);
    }

    private static void select(CueKind kind) throws Exception {
        onFx(() -> {
            Cue cue = console.rundown().cues().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
            console.rundown().selectedProperty().set(cue);
        });
        Thread.sleep(500);
    }

    private static void shot(String name) throws Exception {
        Path file = out.resolve(name + ".png");
        Process p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
        System.out.println("screenshot " + file);
    }

    private static void onFx(Runnable action) throws Exception {
        FutureTask<Void> task = new FutureTask<>(action, null);
        Platform.runLater(task);
        task.get();
    }

    private static void exit() throws Exception {
        onFx(() -> console.close());
        rehearsal.stopServer();
        Platform.exit();
        System.exit(0);
    }
}
