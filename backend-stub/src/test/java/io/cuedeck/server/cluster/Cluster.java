package io.cuedeck.server.cluster;

import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.testsupport.FreePort;
import io.cuedeck.server.testsupport.LocalDynamo;
import io.cuedeck.server.testsupport.LocalRedis;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Backend nodes sharing one Redis (a redis-server of the test's own) and one DynamoDB Local (in
 * server mode, on 127.0.0.1 only), each on a free loopback port. Nodes run in this JVM or, when a
 * test must SIGKILL one, as a child JVM started from the test class path. Every cluster has a key
 * prefix and a table of its own.
 */
final class Cluster implements AutoCloseable {

    /** A running node: where it listens, and how it ends. */
    interface Node extends AutoCloseable {
        String base();

        String id();

        default Api api() {
            return new Api(base());
        }

        @Override
        void close();
    }

    final LocalRedis redis;
    final LocalDynamo dynamo;
    private final String prefix = "mn" + UUID.randomUUID().toString().substring(0, 6) + ":";
    private final String table = "cuedeck-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Node> nodes = new ArrayList<>();
    /** Settings every node of this cluster gets on top of the shared ones (capacity tests). */
    private final Map<String, String> extra = new HashMap<>();

    /** Adds settings that every node started from now on gets. */
    Cluster with(Map<String, String> settings) {
        extra.putAll(settings);
        return this;
    }

    /** The table this cluster's nodes share. */
    String table() {
        return table;
    }

    Cluster(LocalRedis redis, LocalDynamo dynamo) {
        this.redis = redis;
        this.dynamo = dynamo;
    }

    /** What every node is configured with (the same for all but the node id and port). */
    Map<String, String> settings(String nodeId, int port, Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("CUEDECK_PORT", String.valueOf(port));
        env.put("CUEDECK_BIND", "127.0.0.1");
        env.put("CUEDECK_NODE_ID", nodeId);
        env.put("CUEDECK_DATA_DIR", dataDir.toString());
        env.put("CUEDECK_TOKENS", Api.TOKENS);
        env.put("CUEDECK_HOT", "redis");
        env.put("CUEDECK_REDIS_URL", redis.url());
        env.put("CUEDECK_REDIS_PREFIX", prefix);
        env.put("CUEDECK_REDIS_TIMEOUT_MS", "1000");
        env.put("CUEDECK_COLD", "dynamodb");
        env.put("CUEDECK_DYNAMODB_ENDPOINT", dynamo.endpoint());
        env.put("CUEDECK_DYNAMODB_TABLE", table);
        env.put("CUEDECK_DYNAMODB_CREATE", "true");
        env.putAll(extra);
        return env;
    }

    /** A node in this JVM. */
    Node inProcess(String nodeId) {
        return inProcess(nodeId, Map.of());
    }

    /** A node in this JVM with these settings too. */
    Node inProcess(String nodeId, Map<String, String> more) {
        Map<String, String> env = settings(nodeId, 0, tempDir());
        env.putAll(more);
        RunningServer server = CuedeckServer.start(ServerConfig.from(ConfigSource.of(env)));
        Node node = new Node() {
            public String base() {
                return server.baseUrl();
            }

            public String id() {
                return nodeId;
            }

            public void close() {
                server.stop();
            }
        };
        nodes.add(node);
        return node;
    }

    /** A node in a child JVM ({@code io.cuedeck.server.Main}); {@link ChildNode#kill()} is SIGKILL. */
    ChildNode child(String nodeId) {
        int port = FreePort.pick();
        Map<String, String> env = settings(nodeId, port, tempDir());
        env.put("AWS_ACCESS_KEY_ID", LocalDynamo.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", LocalDynamo.SECRET_KEY);
        env.put("AWS_REGION", LocalDynamo.REGION);
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "io.cuedeck.server.Main").redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            ChildNode node = new ChildNode(nodeId, "http://127.0.0.1:" + port, process);
            node.awaitListening();
            nodes.add(node);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (Node node : nodes) {
            try {
                node.close();
            } catch (RuntimeException e) {
                // a node killed by the test is already gone
            }
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("cuedeck-node-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A node in its own JVM; its output is kept for the failure message. */
    static final class ChildNode implements Node {
        private final String id;
        private final String base;
        private final Process process;
        private final StringBuffer output = new StringBuffer();
        private final CompletableFuture<Void> listening = new CompletableFuture<>();

        ChildNode(String id, String base, Process process) {
            this.id = id;
            this.base = base;
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        output.append(line).append('\n');
                        if (line.startsWith("Cuedeck server listening on")) {
                            listening.complete(null);
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
                listening.completeExceptionally(new IllegalStateException("node " + id + " exited:\n" + output));
            }, "node-" + id + "-output");
            reader.setDaemon(true);
            reader.start();
        }

        void awaitListening() {
            try {
                listening.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
                throw new IllegalStateException("node " + id + " did not start:\n" + output, e);
            }
        }

        public String base() {
            return base;
        }

        public String id() {
            return id;
        }

        /** SIGKILL: no shutdown hook, no flush, like a crashed host. */
        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        public void close() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(10, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
