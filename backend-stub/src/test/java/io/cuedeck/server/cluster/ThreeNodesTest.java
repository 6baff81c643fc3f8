package io.cuedeck.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.Delivery;
import io.cuedeck.protocol.console.Tally;
import io.cuedeck.protocol.console.Tick;
import io.cuedeck.protocol.viewer.AcceptedMessage;
import io.cuedeck.protocol.viewer.AckMessage;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.protocol.viewer.CueMessage;
import io.cuedeck.protocol.viewer.ToViewer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Three backend nodes on loopback ports sharing one redis-server and one DynamoDB Local: viewers
 * spread over the nodes, a fire taken on node 1, counts read on the others.
 */
class ThreeNodesTest extends SharedServices {


    @Test
    void a_fire_from_node_one_reaches_every_viewer_on_every_node_once_and_every_node_shows_cluster_totals() {
        try (Cluster cluster = new Cluster(redis, dynamo)) {
            List<Cluster.Node> nodes = List.of(cluster.inProcess("n1"), cluster.inProcess("n2"), cluster.inProcess("n3"));
            ShowOnAir show = ShowOnAir.start(nodes.get(0).api(), 60);
            List<Socket<ToViewer>> viewers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                viewers.add(show.viewer(nodes.get(i % 3).api(), UUID.randomUUID().toString()));
            }
            Socket<ConsoleEvent> console = show.console(nodes.get(2).api());

            await().atMost(WAIT).untilAsserted(() -> {
                for (Cluster.Node node : nodes) {
                    LiveStatus live = show.live(node.api());
                    assertThat(live.viewers()).as("viewers seen by " + node.id()).isEqualTo(30);
                    assertThat(live.sockets()).as("sockets seen by " + node.id()).isEqualTo(30);
                }
            });

            await().atMost(WAIT).untilAsserted(() -> assertThat(console.all(Tick.class)).last().satisfies(t -> {
                assertThat(t.viewers()).as("the console stream on node 3 counts the whole cluster").isEqualTo(30);
                assertThat(t.sockets()).isEqualTo(30);
            }));

            Api.Reply first = show.fire(nodes.get(0).api(), "take-1");
            FireReceipt receipt = first.as(FireReceipt.class);
            Api.Reply retry = show.fire(nodes.get(2).api(), "take-1");

            assertThat(receipt.targeted()).isEqualTo(30);
            assertThat(retry.status()).isEqualTo(202);
            assertThat(retry.body()).as("a retry on another node gets the first answer").isEqualTo(first.body());
            for (Socket<ToViewer> viewer : viewers) {
                await().atMost(WAIT).until(() -> cues(viewer, receipt.fireId()) >= 1);
            }
            for (int i = 0; i < viewers.size(); i++) {
                viewers.get(i).send(new AckMessage(receipt.fireId()));
                viewers.get(i).send(new AnswerMessage(receipt.fireId(), i % 3 == 0 ? 0 : 1, null));
            }
            for (Socket<ToViewer> viewer : viewers) {
                await().atMost(WAIT).until(() -> !viewer.all(AcceptedMessage.class).isEmpty());
            }
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(console.all(Tally.class)).last().satisfies(t -> {
                    assertThat(t.answers()).isEqualTo(30);
                    assertThat(t.counts()).containsExactly(10L, 20L);
                });
                assertThat(console.all(Delivery.class)).last().satisfies(d -> {
                    assertThat(d.delivered()).isEqualTo(30);
                    assertThat(d.acks()).isEqualTo(30);
                });
            });
            for (Socket<ToViewer> viewer : viewers) {
                assertThat(cues(viewer, receipt.fireId())).as("each viewer got the cue exactly once").isEqualTo(1);
            }

            show.close(nodes.get(1).api(), receipt.fireId());

            await().atMost(WAIT).untilAsserted(() -> {
                FireReport report = show.report(nodes.get(1).api(), receipt.fireId());
                assertThat(report.targeted()).isEqualTo(30);
                assertThat(report.delivered()).isEqualTo(30);
                assertThat(report.failed()).isZero();
                assertThat(report.acks()).isEqualTo(30);
                assertThat(report.answers()).isEqualTo(30);
                assertThat(report.distribution()).containsExactly(10L, 20L);
            });
            viewers.forEach(Socket::close);
            console.close();
        }
    }

    static long cues(Socket<ToViewer> viewer, String fireId) {
        return viewer.all(CueMessage.class).stream().filter(c -> c.fireId().equals(fireId)).count();
    }
}
