package io.cuedeck.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.viewer.AcceptedMessage;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.protocol.viewer.RefusedMessage;
import io.cuedeck.protocol.viewer.ToViewer;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.dynamodb.DynamoColdStore;
import io.cuedeck.server.engine.cold.dynamodb.DynamoConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A node in a child JVM is killed with SIGKILL while a fire's answer window is open: every answer a
 * viewer was told was accepted is in DynamoDB, and the dead node's viewers reconnect to the
 * surviving node and keep receiving.
 */
class NodeKillTest extends SharedServices {


    @Test
    void a_node_killed_mid_fire_loses_no_accepted_answer_and_its_viewers_keep_receiving_on_another_node() {
        try (Cluster cluster = new Cluster(redis, dynamo)) {
            Cluster.Node survivor = cluster.inProcess("alive");
            Cluster.ChildNode doomed = cluster.child("doomed");
            ShowOnAir show = ShowOnAir.start(survivor.api(), 120);
            Map<String, Socket<ToViewer>> onSurvivor = viewers(show, survivor, 6);
            Map<String, Socket<ToViewer>> onDoomed = viewers(show, doomed, 12);

            FireReceipt fire = show.fired(survivor.api(), "take-1");
            List<Socket<ToViewer>> everyone = new ArrayList<>(onSurvivor.values());
            everyone.addAll(onDoomed.values());
            for (Socket<ToViewer> viewer : everyone) {
                await().atMost(WAIT).until(() -> ThreeNodesTest.cues(viewer, fire.fireId()) >= 1);
            }
            List<String> doomedIds = new ArrayList<>(onDoomed.keySet());
            for (String id : doomedIds.subList(0, 8)) {
                onDoomed.get(id).send(new AnswerMessage(fire.fireId(), 1, null));
            }
            for (Socket<ToViewer> viewer : onSurvivor.values()) {
                viewer.send(new AnswerMessage(fire.fireId(), 0, null));
            }
            for (String id : doomedIds.subList(0, 8)) {
                await().atMost(WAIT).until(() -> accepted(onDoomed.get(id)));
            }
            for (String id : doomedIds.subList(8, 12)) {
                onDoomed.get(id).send(new AnswerMessage(fire.fireId(), 1, null)); // in flight at the kill
            }

            doomed.kill();

            Map<String, Socket<ToViewer>> moved = new LinkedHashMap<>();
            for (String id : doomedIds) {
                await().atMost(WAIT).until(() -> onDoomed.get(id).closed());
                moved.put(id, show.viewer(survivor.api(), id));
            }
            for (Socket<ToViewer> viewer : moved.values()) {
                await("the open cue reaches a reconnected viewer").atMost(WAIT)
                        .until(() -> ThreeNodesTest.cues(viewer, fire.fireId()) == 1);
            }
            for (String id : doomedIds.subList(8, 12)) {
                if (!accepted(onDoomed.get(id))) {
                    moved.get(id).send(new AnswerMessage(fire.fireId(), 1, null));
                    await().atMost(WAIT).until(() -> accepted(moved.get(id))
                            || !moved.get(id).all(RefusedMessage.class).isEmpty());
                }
            }
            for (Socket<ToViewer> viewer : onSurvivor.values()) {
                await().atMost(WAIT).until(() -> accepted(viewer));
            }
            Set<String> acceptedViewers = new HashSet<>();
            onSurvivor.forEach((id, s) -> acceptedViewers.add(id));
            for (String id : doomedIds) {
                if (accepted(onDoomed.get(id)) || accepted(moved.get(id))) {
                    acceptedViewers.add(id);
                }
            }

            show.close(survivor.api(), fire.fireId());
            Set<String> stored = storedAnswers(cluster, show.showId, fire.fireId());
            assertThat(stored).as("every accepted answer is in DynamoDB").containsAll(acceptedViewers);
            assertThat(acceptedViewers).hasSizeGreaterThanOrEqualTo(6 + 8);
            await().atMost(WAIT).untilAsserted(() -> {
                FireReport report = show.report(survivor.api(), fire.fireId());
                assertThat(report.answers()).isEqualTo(stored.size());
            });

            FireReceipt again = show.fired(survivor.api(), "take-2");
            for (Socket<ToViewer> viewer : moved.values()) {
                await("a later fire reaches the moved viewers").atMost(WAIT)
                        .until(() -> ThreeNodesTest.cues(viewer, again.fireId()) == 1);
            }
            everyone.forEach(Socket::close);
            moved.values().forEach(Socket::close);
        }
    }

    private static Map<String, Socket<ToViewer>> viewers(ShowOnAir show, Cluster.Node node, int n) {
        Map<String, Socket<ToViewer>> sockets = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = UUID.randomUUID().toString();
            sockets.put(id, show.viewer(node.api(), id));
        }
        return sockets;
    }

    private static boolean accepted(Socket<ToViewer> viewer) {
        return !viewer.all(AcceptedMessage.class).isEmpty();
    }

    private static Set<String> storedAnswers(Cluster cluster, String showId, String fireId) {
        try (DynamoColdStore store = DynamoColdStore.open(new DynamoConfig(cluster.table(),
                URI.create(dynamo.endpoint()), false, 0), new SimpleMeterRegistry())) {
            return store.answers(showId, fireId).stream().map(AnswerRecord::viewerId).collect(Collectors.toSet());
        }
    }
}
