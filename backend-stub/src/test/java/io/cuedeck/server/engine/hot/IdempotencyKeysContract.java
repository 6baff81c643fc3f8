package io.cuedeck.server.engine.hot;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.server.engine.hot.IdempotencyKeys.Claim;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link IdempotencyKeys}: one winner per key cluster-wide, its result for every retry, TTLs. */
public abstract class IdempotencyKeysContract extends HotPartContract {

    private static final Duration DAY = Duration.ofHours(24);

    private final String key = id("fire:show:key");

    private IdempotencyKeys keys() {
        return engine().idempotency();
    }

    @Test
    void theFirstClaimWinsAndAClaimWhileItWorksIsPending() {
        assertThat(keys().claim(key, DAY)).isInstanceOf(Claim.Won.class);
        assertThat(keys().claim(key, DAY)).isInstanceOf(Claim.Pending.class);
        assertThat(otherNode().idempotency().claim(key, DAY)).isInstanceOf(Claim.Pending.class);
    }

    @Test
    void afterCompletionEveryClaimOnAnyNodeGetsTheStoredResult() {
        keys().claim(key, DAY);
        keys().complete(key, "{\"fireId\":\"f1\"}", DAY);

        assertThat(keys().claim(key, DAY)).isEqualTo(new Claim.Done("{\"fireId\":\"f1\"}"));
        assertThat(otherNode().idempotency().claim(key, DAY)).isEqualTo(new Claim.Done("{\"fireId\":\"f1\"}"));
    }

    @Test
    void aReleasedClaimLetsTheNextCallerWin() {
        keys().claim(key, DAY);
        keys().release(key);

        assertThat(otherNode().idempotency().claim(key, DAY)).isInstanceOf(Claim.Won.class);
    }

    @Test
    void releaseNeverErasesAStoredResult() {
        keys().claim(key, DAY);
        keys().complete(key, "r", DAY);
        keys().release(key);

        assertThat(keys().claim(key, DAY)).isEqualTo(new Claim.Done("r"));
    }

    @Test
    void keysAreIndependent() {
        keys().claim(key, DAY);

        assertThat(keys().claim(key + "-other", DAY)).isInstanceOf(Claim.Won.class);
    }

    @Test
    void aWonClaimThatIsNeverCompletedLapsesAfterItsTtl() {
        keys().claim(key, Duration.ofMillis(300));

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> keys().claim(key, Duration.ofMillis(300)) instanceof Claim.Won);
    }

    @Test
    void aStoredResultLapsesAfterItsTtl() {
        keys().claim(key, DAY);
        keys().complete(key, "r", Duration.ofMillis(300));

        assertThat(keys().claim(key, DAY)).isEqualTo(new Claim.Done("r"));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> keys().claim(key, DAY) instanceof Claim.Won);
    }

    @Test
    void fiftyConcurrentClaimsOnSeveralNodesHaveExactlyOneWinner() throws Exception {
        List<Claim> claims = concurrently(50, i -> node(i).idempotency().claim(key, DAY));

        assertThat(claims).filteredOn(c -> c instanceof Claim.Won).hasSize(1);
        assertThat(claims).filteredOn(c -> c instanceof Claim.Pending).hasSize(49);
    }

    @Test
    void concurrentClaimsRacingACompletionSeeEitherPendingOrTheResultNeverASecondWin() throws Exception {
        keys().claim(key, DAY);

        List<Claim> claims = concurrently(40, i -> {
            if (i == 20) {
                keys().complete(key, "r", DAY);
                return null;
            }
            return node(i).idempotency().claim(key, DAY);
        });

        assertThat(claims).filteredOn(c -> c instanceof Claim.Won).isEmpty();
        assertThat(claims).filteredOn(c -> c instanceof Claim.Done).allMatch(c -> c.equals(new Claim.Done("r")));
    }
}
