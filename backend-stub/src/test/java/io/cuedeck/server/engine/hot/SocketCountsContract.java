package io.cuedeck.server.engine.hot;

import static io.cuedeck.server.engine.ContractSupport.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SocketCounts}: per-node reports that sum over nodes, replace each other and lapse. */
public abstract class SocketCountsContract extends HotPartContract {

    private static final Duration TTL = Duration.ofSeconds(15);

    private final String show = id("show");
    private final String nodeA = id("node");
    private final String nodeB = id("node");

    @Test
    void theTotalSumsTheReportsOfEveryNode() {
        engine().sockets().report(nodeA, Map.of(show, 300L), TTL);
        otherNode().sockets().report(nodeB, Map.of(show, 45L), TTL);

        assertThat(engine().sockets().total(show)).isEqualTo(345);
        assertThat(otherNode().sockets().total(show)).isEqualTo(345);
    }

    @Test
    void aNewReportReplacesTheNodesPreviousOneAndShowsLeftOutCountZero() {
        String other = id("show");
        engine().sockets().report(nodeA, Map.of(show, 300L, other, 7L), TTL);
        engine().sockets().report(nodeA, Map.of(show, 280L), TTL);

        assertThat(engine().sockets().total(show)).isEqualTo(280);
        assertThat(engine().sockets().total(other)).isZero();
    }

    @Test
    void anUnknownShowHasNoSockets() {
        assertThat(engine().sockets().total(id("show"))).isZero();
    }

    @Test
    void aReportThatIsNotRenewedLapsesAfterItsTtl() {
        engine().sockets().report(nodeA, Map.of(show, 10L), Duration.ofMillis(300));
        engine().sockets().report(nodeB, Map.of(show, 5L), TTL);

        assertThat(engine().sockets().total(show)).isEqualTo(15);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> engine().sockets().total(show) == 5);
    }
}
