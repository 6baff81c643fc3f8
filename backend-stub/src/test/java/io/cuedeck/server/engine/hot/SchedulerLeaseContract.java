package io.cuedeck.server.engine.hot;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SchedulerLease}: one holder cluster-wide, renewals, lapse after the TTL, release by the holder only. */
public abstract class SchedulerLeaseContract extends HotPartContract {

    private static final Duration LONG = Duration.ofMinutes(5);

    private final String a = id("node-a");
    private final String b = id("node-b");

    @Test
    void theFirstClaimHoldsTheLeaseAndTheHolderRenewsIt() {
        engine().capacity().release(a); // a clean slate for engines that share state between tests
        assertThat(engine().capacity().claim(a, LONG)).isTrue();
        assertThat(otherNode().capacity().claim(b, LONG)).isFalse();
        assertThat(engine().capacity().claim(a, LONG)).isTrue();
        assertThat(otherNode().capacity().holder()).contains(a);
    }

    @Test
    void aLeaseThatIsNotRenewedLapsesAndAnotherNodeTakesIt() {
        assertThat(engine().capacity().claim(a, Duration.ofMillis(300))).isTrue();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> otherNode().capacity().claim(b, LONG));
        assertThat(engine().capacity().holder()).contains(b);
        assertThat(engine().capacity().claim(a, LONG)).isFalse();
        otherNode().capacity().release(b);
    }

    @Test
    void onlyTheHolderCanReleaseTheLease() {
        assertThat(engine().capacity().claim(a, LONG)).isTrue();

        otherNode().capacity().release(b);
        assertThat(engine().capacity().holder()).contains(a);
        engine().capacity().release(a);

        assertThat(engine().capacity().holder()).isEmpty();
        assertThat(otherNode().capacity().claim(b, LONG)).isTrue();
        otherNode().capacity().release(b);
    }

    @Test
    void ofManyNodesClaimingAtOnceExactlyOneHoldsTheLease() throws Exception {
        List<Boolean> claims = concurrently(20, i -> node(i).capacity().claim("node-" + i, LONG));

        assertThat(claims).filteredOn(c -> c).hasSize(1);
        String winner = "node-" + claims.indexOf(true);
        assertThat(otherNode().capacity().holder()).contains(winner);
        engine().capacity().release(winner);
    }

    @Test
    void thePublishedStateIsSeenByEveryNodeUntilItLapses() {
        engine().capacity().publish("{\"desiredUnits\":12}", Duration.ofMillis(400));

        assertThat(otherNode().capacity().published()).contains("{\"desiredUnits\":12}");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> otherNode().capacity().published().isEmpty());
    }
}
