package io.cuedeck.connector.audience;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Runs asynchronous tasks with at most {@code max} in flight; the rest wait in order. Bounds the
 * open connections of bursts (a crowd joining at once, heartbeats falling due together) so the test
 * JVM stays far from its open-files limit and the server's accept queue is not flooded.
 */
final class AsyncLimiter {

    private final int max;
    private final Queue<Supplier<? extends CompletionStage<?>>> waiting = new ArrayDeque<>();
    private int running; // guarded by this

    AsyncLimiter(int max) {
        this.max = max;
    }

    void submit(Supplier<? extends CompletionStage<?>> task) {
        synchronized (this) {
            if (running >= max) {
                waiting.add(task);
                return;
            }
            running++;
        }
        start(task);
    }

    synchronized int waiting() {
        return waiting.size();
    }

    /** Runs tasks until one is still in flight; loops instead of recursing when tasks finish at once. */
    private void start(Supplier<? extends CompletionStage<?>> first) {
        for (Supplier<? extends CompletionStage<?>> task = first; task != null; task = takeNext()) {
            CompletableFuture<?> stage;
            try {
                stage = task.get().toCompletableFuture();
            } catch (RuntimeException e) {
                stage = CompletableFuture.failedFuture(e);
            }
            if (!stage.isDone()) {
                stage.whenComplete((result, error) -> start(takeNext()));
                return;
            }
        }
    }

    /** The next waiting task, or null after giving the slot back. */
    private synchronized Supplier<? extends CompletionStage<?>> takeNext() {
        Supplier<? extends CompletionStage<?>> task = waiting.poll();
        if (task == null) {
            running--;
        }
        return task;
    }
}
