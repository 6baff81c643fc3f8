package io.cuedeck.console.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs blocking work (network, disk) on the injected background executor and hands the result
 * back on the UI executor, so the FX thread never waits. Tracks what is in flight so the status
 * bar can show the request's progress and offer a cancel.
 *
 * <p>Call {@link #run} and {@link #cancelAll} on the UI thread; all properties change there.
 * Tests inject current-thread executors and get synchronous behaviour.
 */
public final class Jobs {

    private final Executor io;
    private final Executor ui;
    private final List<Job<?>> running = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");

    public Jobs(Executor io, Executor ui) {
        this.io = io;
        this.ui = ui;
    }

    /**
     * Starts {@code work} in the background. Exactly one of {@code done} or {@code failed} runs on
     * the UI executor afterwards, unless the job was cancelled first (then neither runs).
     */
    public <T> Job<T> run(String label, Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        Job<T> job = new Job<>(label, work, this::finished, done, failed, ui);
        running.add(job);
        refresh();
        io.execute(job::runNow);
        return job;
    }

    /** Starts housekeeping work that the user need not see (closing a stream, a quick lookup). */
    public <T> Job<T> quietly(Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        return run("", work, done, failed);
    }

    /**
     * Cancels every visible job in flight (the status bar's Cancel): results are dropped and
     * blocked threads interrupted.
     */
    public void cancelAll() {
        for (Job<?> job : List.copyOf(running)) {
            if (!job.label().isEmpty()) {
                job.cancel();
            }
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the oldest visible job in flight is doing, in words; empty when idle. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    private void finished(Job<?> job) {
        running.remove(job);
        refresh();
    }

    private void refresh() {
        String first = running.stream().map(Job::label).filter(l -> !l.isEmpty()).findFirst().orElse("");
        busy.set(!first.isEmpty());
        activity.set(first);
    }
}
