package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.engine.EngineUnavailableException;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The engine's two connections to Redis (standalone or cluster) and the one place where Redis
 * failures become {@link EngineUnavailableException}. Commands go through one shared, thread-safe
 * connection (Lettuce pipelines concurrent async commands on it); the bus has its own pub/sub
 * connection. While a standalone Redis is unreachable commands fail at once instead of queueing
 * (in cluster mode they wait at most the command timeout), and Lettuce reconnects in the
 * background (50 ms to 2 s backoff); the pub/sub connection resubscribes.
 */
final class RedisGateway implements AutoCloseable {

    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final AbstractRedisClient client;
    private final ClientResources resources;
    private final StatefulConnection<String, byte[]> connection;
    private final RedisClusterAsyncCommands<String, byte[]> commands;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final String where;
    private final Duration timeout;
    private volatile boolean up = true;

    private RedisGateway(RedisConfig config) {
        this.where = config.safeUrl();
        this.timeout = config.commandTimeout();
        this.resources = ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS))
                .build();
        SocketOptions socket = SocketOptions.builder().connectTimeout(timeout).keepAlive(true).build();
        TimeoutOptions timeouts = TimeoutOptions.enabled(timeout);
        try {
            if (config.cluster()) {
                RedisClusterClient cluster = RedisClusterClient.create(resources, config.redisUri());
                // Cluster node connections open lazily, per slot owner: rejecting while one is still
                // connecting would fail healthy commands, so here a command waits (bounded by the
                // command timeout) instead.
                cluster.setOptions(ClusterClientOptions.builder()
                        .autoReconnect(true)
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS)
                        .socketOptions(socket).timeoutOptions(timeouts)
                        .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                                .enableAllAdaptiveRefreshTriggers()
                                .enablePeriodicRefresh(Duration.ofSeconds(30)).build())
                        .build());
                this.client = cluster;
                cluster.addListener(new StateListener());
                StatefulRedisClusterConnection<String, byte[]> c = cluster.connect(CODEC);
                this.connection = c;
                this.commands = c.async();
                this.pubSub = cluster.connectPubSub(StringCodec.UTF8);
            } else {
                RedisClient single = RedisClient.create(resources, config.redisUri());
                single.setOptions(ClientOptions.builder()
                        .autoReconnect(true)
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .socketOptions(socket).timeoutOptions(timeouts).build());
                this.client = single;
                single.addListener(new StateListener());
                StatefulRedisConnection<String, byte[]> c = single.connect(CODEC);
                this.connection = c;
                this.commands = c.async();
                this.pubSub = single.connectPubSub(StringCodec.UTF8);
            }
        } catch (RuntimeException e) {
            resources.shutdown();
            throw new EngineUnavailableException("Redis at " + where + " is not reachable: " + rootMessage(e), e);
        }
    }

    /** Connects both connections; fails with a clear message when Redis cannot be reached now. */
    static RedisGateway connect(RedisConfig config) {
        return new RedisGateway(config);
    }

    RedisClusterAsyncCommands<String, byte[]> async() {
        return commands;
    }

    StatefulRedisPubSubConnection<String, String> pubSub() {
        return pubSub;
    }

    boolean isUp() {
        return up && connection.isOpen();
    }

    Duration timeout() {
        return timeout;
    }

    /** Waits for {@code future} at most the command timeout; any failure is {@link EngineUnavailableException}. */
    <T> T await(CompletionStage<T> future, String what) {
        try {
            T value = future.toCompletableFuture().get(timeout.toMillis() + 250, TimeUnit.MILLISECONDS);
            up = true;
            return value;
        } catch (ExecutionException | CompletionException e) {
            throw unavailable(what, e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            future.toCompletableFuture().cancel(true);
            throw unavailable(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(what, e);
        }
    }

    /** Runs {@code script} by SHA, sending its source once if this Redis does not know it yet. */
    <T> CompletableFuture<T> script(LuaScript script, ScriptOutputType type, String[] keys, byte[]... args) {
        CompletableFuture<T> result = new CompletableFuture<>();
        commands.<T>evalsha(script.sha(), type, keys, args).whenComplete((value, error) -> {
            if (error == null) {
                result.complete(value);
            } else if (error instanceof RedisNoScriptException || String.valueOf(error.getMessage()).startsWith("NOSCRIPT")) {
                commands.<T>eval(script.source(), type, keys, args).whenComplete((again, failed) -> {
                    if (failed == null) {
                        result.complete(again);
                    } else {
                        result.completeExceptionally(failed);
                    }
                });
            } else {
                result.completeExceptionally(error);
            }
        });
        return result;
    }

    EngineUnavailableException unavailable(String what, Throwable cause) {
        up = false;
        return new EngineUnavailableException("Redis at " + where + " is unavailable (" + what + "): "
                + rootMessage(cause), cause);
    }

    @Override
    public void close() {
        try {
            pubSub.close();
            connection.close();
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        } finally {
            resources.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("//([^@/]*)@", "//***@");
    }

    private final class StateListener implements RedisConnectionStateListener {
        @Override
        public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress address) {
            up = true;
        }

        @Override
        public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
            up = false;
        }
    }
}
