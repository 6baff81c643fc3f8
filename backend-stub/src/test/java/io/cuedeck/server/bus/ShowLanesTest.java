package io.cuedeck.server.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A show's work runs in order, one task at a time; a busy show does not hold up another. */
class ShowLanesTest {

    private final ShowLanes lanes = new ShowLanes(2);

    @AfterEach
    void stop() {
        lanes.close();
    }

    @Test
    void aShowStuckInALongFanOutDoesNotDelayAnotherShowsFire() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherRan = new CountDownLatch(1);
        lanes.run("big-show", () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        lanes.run("small-show", otherRan::countDown);

        assertThat(otherRan.await(10, TimeUnit.SECONDS)).as("the other show's task ran while the first is busy").isTrue();
        release.countDown();
    }

    @Test
    void oneShowsTasksRunInTheOrderTheyCameOneAtATime() throws Exception {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        int[] running = {0};
        boolean[] overlapped = {false};
        CountDownLatch done = new CountDownLatch(1);
        for (int i = 0; i < 2_000; i++) {
            int n = i;
            lanes.run("show", () -> {
                synchronized (running) {
                    overlapped[0] |= ++running[0] > 1;
                }
                seen.add(n);
                synchronized (running) {
                    running[0]--;
                }
            });
        }
        lanes.run("show", done::countDown);

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).hasSize(2_000).isSorted();
        assertThat(overlapped[0]).isFalse();
    }
}
