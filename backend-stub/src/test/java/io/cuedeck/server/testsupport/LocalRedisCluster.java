package io.cuedeck.server.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Redis Cluster of three masters (no replicas) on free loopback ports, for the cluster-mode
 * tests: each node is a {@link LocalRedis} with cluster mode on; the slots are split in three and
 * the nodes meet each other, as {@code redis-cli --cluster create} would do.
 */
public final class LocalRedisCluster implements AutoCloseable {

    private static final int SLOTS = 16_384;
    private final List<LocalRedis> nodes = new ArrayList<>();

    private LocalRedisCluster() {
    }

    public static LocalRedisCluster start() {
        LocalRedisCluster cluster = new LocalRedisCluster();
        try {
            for (int i = 0; i < 3; i++) {
                cluster.nodes.add(LocalRedis.startOn(clusterPort(), LocalRedis.Persistence.NONE,
                        "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                        "--cluster-node-timeout", "2000"));
            }
            cluster.assignSlots();
            cluster.awaitOk();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code redis://127.0.0.1:<port of the first node>}: a seed from which clients learn the rest. */
    public String url() {
        return nodes.get(0).url();
    }

    public List<LocalRedis> nodes() {
        return nodes;
    }

    private void assignSlots() {
        for (int i = 0; i < nodes.size(); i++) {
            int from = i * SLOTS / nodes.size();
            int to = (i + 1) * SLOTS / nodes.size();
            List<String> args = new ArrayList<>(List.of("CLUSTER", "ADDSLOTS"));
            for (int slot = from; slot < to; slot++) {
                args.add(Integer.toString(slot));
            }
            nodes.get(i).call(args.toArray(String[]::new));
        }
        for (int i = 1; i < nodes.size(); i++) {
            nodes.get(i).call("CLUSTER", "MEET", "127.0.0.1", Integer.toString(nodes.get(0).port()));
        }
    }

    private void awaitOk() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            boolean ok = nodes.stream().allMatch(n -> String.valueOf(n.call("CLUSTER", "INFO")).contains("cluster_state:ok")
                    && String.valueOf(n.call("CLUSTER", "INFO")).contains("cluster_known_nodes:" + nodes.size()));
            if (ok) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the local Redis Cluster did not become ready");
    }

    /** A free port whose cluster-bus port (+10000) is free as well. */
    private static int clusterPort() {
        for (int i = 0; i < 50; i++) {
            int port = FreePort.pick();
            if (port + 10_000 <= 65_535 && !FreePort.listening(port + 10_000)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port pair for a cluster node");
    }

    @Override
    public void close() {
        nodes.forEach(LocalRedis::close);
    }
}
