package io.cuedeck.console.ui;

import static org.awaitility.Awaitility.await;

import io.cuedeck.console.Console;
import io.cuedeck.console.ConsoleConfig;
import io.cuedeck.console.session.EmbeddedRehearsal;
import io.cuedeck.console.session.RemoteBackends;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real console for UI tests: its own per-user directory, the real embedded backend (its own
 * SQLite file, a random loopback port) and a small rehearsal crowd that ramps up in a second.
 */
final class ConsoleUi {

    final Path home;
    final EmbeddedRehearsal rehearsal;
    final Console console;

    private ConsoleUi(Path home, EmbeddedRehearsal rehearsal, Console console) {
        this.home = home;
        this.rehearsal = rehearsal;
        this.console = console;
    }

    /** Opens the console on {@code stage} (call from a TestFX {@code @Start} method). */
    static ConsoleUi open(Stage stage, Map<String, String> settings) throws IOException {
        return open(stage, settings, null);
    }

    /** As above, with a remembered remote token (for tests that start on a remote backend). */
    static ConsoleUi open(Stage stage, Map<String, String> settings, String remoteToken) throws IOException {
        return openIn(stage, home(settings, remoteToken), "backend", Locale.ENGLISH);
    }

    /** A fresh per-user directory with these settings (a small crowd, the welcome seen) and token. */
    static Path home(Map<String, String> settings, String remoteToken) throws IOException {
        Path home = Files.createTempDirectory("cuedeck-ui-");
        if (remoteToken != null) {
            Files.writeString(home.resolve("remote.token"), remoteToken);
        }
        Properties props = new Properties();
        props.setProperty("audience.viewers", "40");
        props.setProperty("welcome.seen", "true");
        props.putAll(settings);
        try (var out = Files.newBufferedWriter(home.resolve("console.properties"))) {
            props.store(out, "test");
        }
        return home;
    }

    /**
     * Opens a console on an existing per-user directory, as a restart does: it reads the settings
     * the last console left there. {@code backendDir} names the embedded backend's data directory
     * inside it; {@code locale} null means the user's setting or else the system's.
     */
    static ConsoleUi openIn(Stage stage, Path home, String backendDir, Locale locale) {
        EmbeddedRehearsal rehearsal = new EmbeddedRehearsal(home.resolve(backendDir), Duration.ofSeconds(1));
        Console console = new Console(new ConsoleConfig(home, rehearsal, new RemoteBackends(), null, locale));
        console.show(stage);
        return new ConsoleUi(home, rehearsal, console);
    }

    /** As {@link #openIn}, with {@code folders} opening folders after an export (a recorder in tests). */
    static ConsoleUi openWith(Stage stage, Path home, io.cuedeck.console.reports.FolderOpener folders) {
        EmbeddedRehearsal rehearsal = new EmbeddedRehearsal(home.resolve("backend"), Duration.ofSeconds(1));
        Console console = new Console(new ConsoleConfig(home, rehearsal, new RemoteBackends(), null, Locale.ENGLISH,
                folders));
        console.show(stage);
        return new ConsoleUi(home, rehearsal, console);
    }

    /** Waits until the rehearsal show is picked and its stream is live. */
    ConsoleUi awaitLive() {
        await().atMost(Duration.ofSeconds(30)).until(() -> onFx(() -> console.session().isLive()));
        return this;
    }

    /** How many times the backend fired this cue, from the show report (the backend's own count). */
    long firesOf(String cueId) {
        String show = showId();
        return onFx(() -> ui().session().backend()).showReport(show).fires().stream()
                .filter(f -> f.cueId().equals(cueId)).count();
    }

    private Console ui() {
        return console;
    }

    String showId() {
        return onFx(() -> console.session().show().id());
    }

    void close() {
        onFx(() -> {
            console.stage().hide();
            console.close();
            return null;
        });
        rehearsal.stopServer();
    }

    /** Reads UI state on the FX thread. */
    static <T> T onFx(Callable<T> read) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        if (Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            try {
                result.set(read.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }
}
