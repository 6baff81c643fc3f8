package io.cuedeck.console.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/** The executors the composition root injects: the FX thread, and named background pools. */
public final class UiExecutors {

    private UiExecutors() {
    }

    /** Runs on the FX thread: immediately when already there, else through {@code runLater}. */
    public static Executor fxThread() {
        return command -> {
            if (Platform.isFxApplicationThread()) {
                command.run();
            } else {
                Platform.runLater(command);
            }
        };
    }

    /** For tests and toolkit-free view models: runs each command where it is submitted. */
    public static Executor currentThread() {
        return Runnable::run;
    }

    /**
     * Background pool for network and disk. Non-daemon so that the last settings write finishes
     * when the app exits after {@code shutdown()}.
     */
    public static ExecutorService background() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cuedeck-io-" + n.incrementAndGet());
            t.setDaemon(false);
            return t;
        });
    }

    /** The one-second clock of the status bar and countdowns. Daemon: it never holds the JVM. */
    public static ScheduledExecutorService ticker() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cuedeck-ticker");
            t.setDaemon(true);
            return t;
        });
    }
}
