package io.cuedeck.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.ControlChanged;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Take-control across two nodes on one Redis: the lease taken through node 1 is seen by a console
 * on node 2 within a second, refuses node 2's fire from another console, is renewed by the holder's
 * stream on node 1 past its lease, and a handover made on node 2 reaches the stream on node 1.
 */
class TakeControlTwoNodesTest extends SharedServices {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String A = "console-aaaa-on-node1";
    private static final String B = "console-bbbb-on-node2";

    private static Socket<ConsoleEvent> console(ShowOnAir show, Api api, String consoleId) {
        return Socket.open(api.base().replace("http://", "ws://") + "/api/v1/shows/" + show.showId() + "/console?token="
                + Api.PRODUCER + "&console=" + consoleId, ConsoleEvent.class);
    }

    private static ControlChanged lastControl(Socket<ConsoleEvent> socket) {
        return socket.all(ControlChanged.class).isEmpty() ? null
                : socket.all(ControlChanged.class).get(socket.all(ControlChanged.class).size() - 1);
    }

    @Test
    void aLeaseTakenOnOneNodeHoldsOnTheOtherAndAHandoverTravelsBack() throws Exception {
        try (Cluster cluster = new Cluster(redis, dynamo)) {
            java.util.Map<String, String> lease = java.util.Map.of("CUEDECK_CONTROL_LEASE_SECONDS", "4");
            Cluster.Node one = cluster.inProcess("c1", lease);
            Cluster.Node two = cluster.inProcess("c2", lease);
            ShowOnAir show = ShowOnAir.start(one.api(), 60);
            Socket<ConsoleEvent> onOne = console(show, one.api(), A);
            Socket<ConsoleEvent> onTwo = console(show, two.api(), B);

            assertThat(one.api().post(show.path("/control/take"), null, "Cuedeck-Console", A).status()).isEqualTo(200);
            await().atMost(WAIT).until(() -> lastControl(onTwo) != null && lastControl(onTwo).holder() != null);
            assertThat(lastControl(onTwo).holder().you()).isFalse();

            Api.Reply refused = two.api().post(show.firePath(), null, "Idempotency-Key", UUID.randomUUID().toString(),
                    "Cuedeck-Console", B);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body()).contains("not_in_control");

            Thread.sleep(Duration.ofSeconds(8).toMillis()); // twice the 4 s lease: renewed by A's stream on node 1
            assertThat(two.api().get(show.path("/control")).body()).contains("\"holder\"");

            two.api().post(show.path("/control/request"), null, "Cuedeck-Console", B);
            await().atMost(WAIT).until(() -> lastControl(onOne) != null && lastControl(onOne).requester() != null);
            one.api().post(show.path("/control/accept"), null, "Cuedeck-Console", A);
            await().atMost(WAIT).until(() -> lastControl(onTwo).holder() != null && lastControl(onTwo).holder().you());
            assertThat(two.api().post(show.firePath(), null, "Idempotency-Key", UUID.randomUUID().toString(),
                    "Cuedeck-Console", B).status()).isEqualTo(202);
            onOne.close();
            onTwo.close();
        }
    }
}
