package io.cuedeck.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobsTest {

    private final ExecutorService io = Executors.newCachedThreadPool();
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final Jobs jobs = new Jobs(io, uiQueue::add);

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    /** Plays the UI thread: runs what the jobs handed back. */
    private void drainUi() throws InterruptedException {
        Runnable next = uiQueue.poll(5, TimeUnit.SECONDS);
        assertThat(next).as("a result was handed to the UI executor").isNotNull();
        next.run();
    }

    @Test
    void withCurrentThreadExecutorsAJobCompletesBeforeRunReturns() {
        Jobs direct = new Jobs(Runnable::run, Runnable::run);
        List<String> seen = new ArrayList<>();
        direct.run("work", () -> "done", seen::add, e -> seen.add("failed"));
        assertThat(seen).containsExactly("done");
        assertThat(direct.busyProperty().get()).isFalse();
    }

    @Test
    void theResultArrivesOnTheUiExecutorAndTheActivityIsShownMeanwhile() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> seen = new ArrayList<>();
        jobs.run("Loading shows", () -> {
            release.await();
            return "shows";
        }, seen::add, e -> seen.add("failed"));
        assertThat(jobs.busyProperty().get()).isTrue();
        assertThat(jobs.activityProperty().get()).isEqualTo("Loading shows");
        release.countDown();
        drainUi();
        assertThat(seen).containsExactly("shows");
        assertThat(jobs.busyProperty().get()).isFalse();
    }

    @Test
    void cancelInterruptsAHangingCallAndTellsTheCallerAtOnce() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        List<Throwable> errors = new ArrayList<>();
        jobs.run("Firing", () -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return "never";
        }, v -> errors.add(new AssertionError("must not complete")), errors::add);
        // the call must be hanging before the cancel: a job cancelled before it starts never runs at all
        assertThat(started.await(10, TimeUnit.SECONDS)).as("the call started").isTrue();
        jobs.cancelAll();
        assertThat(errors).singleElement().isInstanceOf(CancellationException.class);
        assertThat(jobs.busyProperty().get()).isFalse();
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the worker thread was interrupted").isTrue();
        drainUi();
        assertThat(errors).as("the late answer is dropped").hasSize(1);
    }

    @Test
    void quietJobsDoNotShowInTheStatusBarAndAreNotCancelledByTheUser() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> seen = new ArrayList<>();
        jobs.quietly(() -> {
            release.await();
            return "closed";
        }, seen::add, e -> seen.add("failed"));
        assertThat(jobs.busyProperty().get()).isFalse();
        jobs.cancelAll();
        release.countDown();
        drainUi();
        assertThat(seen).containsExactly("closed");
    }
}
