package io.cuedeck.server.engine.hot;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.server.engine.hot.ControlLocks.Lease;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ControlLocks}: one lease per show, compare-and-set on its version cluster-wide, lapsing after its ttl. */
public abstract class ControlLocksContract extends HotPartContract {

    private static final Duration LONG = Duration.ofMinutes(5);

    private final String show = id("show");

    private ControlLocks locks() {
        return engine().control();
    }

    @Test
    void aShowHasNoLeaseUntilOneIsWrittenThenEveryNodeSeesIt() {
        assertThat(locks().get(show)).isEmpty();
        Lease alice = new Lease("v1", "{\"holder\":\"alice\"}");

        assertThat(locks().replace(show, null, alice, LONG)).isTrue();

        assertThat(locks().get(show)).contains(alice);
        assertThat(otherNode().control().get(show)).contains(alice);
        assertThat(locks().get(id("other-show"))).isEmpty();
    }

    @Test
    void aReplaceThatExpectsAnotherVersionChangesNothing() {
        Lease alice = new Lease("v1", "alice");
        locks().replace(show, null, alice, LONG);

        assertThat(otherNode().control().replace(show, null, new Lease("v2", "bob"), LONG)).isFalse();
        assertThat(otherNode().control().replace(show, "v0", new Lease("v2", "bob"), LONG)).isFalse();
        assertThat(locks().get(show)).contains(alice);

        assertThat(otherNode().control().replace(show, "v1", new Lease("v2", "bob"), LONG)).isTrue();
        assertThat(locks().get(show)).contains(new Lease("v2", "bob"));
        assertThat(locks().replace(show, "v2", null, LONG)).isTrue();
        assertThat(locks().get(show)).isEmpty();
    }

    @Test
    void ofConcurrentReplacesExpectingTheSameVersionOnSeveralNodesExactlyOneWins() throws Exception {
        locks().replace(show, null, new Lease("v0", "free"), LONG);

        List<Boolean> won = concurrently(20, i -> node(i).control().replace(show, "v0", new Lease("v" + (i + 1), "c" + i), LONG));

        assertThat(won).filteredOn(w -> w).hasSize(1);
        int winner = won.indexOf(true);
        assertThat(locks().get(show)).contains(new Lease("v" + (winner + 1), "c" + winner));
    }

    @Test
    void aLeaseLapsesAfterItsTtlAndItsOldVersionMatchesNothingAfterwards() {
        locks().replace(show, null, new Lease("v1", "alice"), Duration.ofMillis(300));

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).until(() -> locks().get(show).isEmpty());
        assertThat(locks().renew(show, "v1", LONG)).isFalse();
        assertThat(locks().replace(show, "v1", new Lease("v2", "bob"), LONG)).isFalse();
        assertThat(locks().replace(show, null, new Lease("v2", "bob"), LONG)).isTrue();
    }

    @Test
    void renewingKeepsALeaseBeyondItsTtlOnlyForItsVersion() throws InterruptedException {
        Duration ttl = Duration.ofSeconds(2);
        locks().replace(show, null, new Lease("v1", "alice"), ttl);
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < until) {
            assertThat(otherNode().control().renew(show, "v1", ttl)).isTrue();
            Thread.sleep(200);
        }
        assertThat(locks().get(show)).contains(new Lease("v1", "alice"));
        assertThat(locks().renew(show, "v9", ttl)).isFalse();
        assertThat(locks().renew(id("no-lease"), "v1", ttl)).isFalse();
    }
}
