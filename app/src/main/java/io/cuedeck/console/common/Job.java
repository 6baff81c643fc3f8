package io.cuedeck.console.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * One piece of background work started by {@link Jobs}. Cancelling interrupts the thread that
 * runs it (the connector aborts a blocked call on interrupt) and drops its result, so a late
 * answer can never change the screen after the user moved on. Exactly one of the done and failed
 * handlers runs, once.
 */
public final class Job<T> {

    private final String label;
    private final FutureTask<T> task;
    private final Consumer<Job<?>> onFinished;
    private final Consumer<? super T> done;
    private final Consumer<Throwable> failed;
    private final Executor ui;
    private boolean settled;

    Job(String label, Callable<T> work, Consumer<Job<?>> onFinished, Consumer<? super T> done,
            Consumer<Throwable> failed, Executor ui) {
        this.label = label;
        this.task = new FutureTask<>(work);
        this.onFinished = onFinished;
        this.done = done;
        this.failed = failed;
        this.ui = ui;
    }

    public String label() {
        return label;
    }

    /**
     * Called on the UI thread; idempotent. The failure handler hears a
     * {@link CancellationException}, so a view model never waits for an answer that was dropped.
     */
    public void cancel() {
        if (settled) {
            return;
        }
        settled = true;
        task.cancel(true);
        onFinished.accept(this);
        failed.accept(new CancellationException(label));
    }

    public boolean isCancelled() {
        return task.isCancelled();
    }

    void runNow() {
        task.run();
        ui.execute(this::deliver);
    }

    private void deliver() {
        if (settled) {
            return;
        }
        settled = true;
        onFinished.accept(this);
        T value;
        try {
            value = task.get();
        } catch (CancellationException e) {
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            failed.accept(e.getCause());
            return;
        }
        done.accept(value);
    }
}
