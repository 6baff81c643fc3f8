package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.engine.hot.Bus;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fan-out over one Redis pub/sub channel. The engine subscribes once, on its dedicated pub/sub
 * connection, and hands each message to every local listener on the Netty thread that received
 * it; Redis delivers each message once per subscription, in publish order per publishing
 * connection. Lettuce resubscribes after a reconnect; what was published meanwhile is missed, as
 * the interface allows.
 */
final class RedisBus implements Bus {

    private static final Logger LOG = LoggerFactory.getLogger(RedisBus.class);

    private final RedisGateway redis;
    private final String channel;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    RedisBus(RedisGateway redis, RedisKeys keys) {
        this.redis = redis;
        this.channel = keys.busChannel();
        redis.pubSub().addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                if (channel.equals(from)) {
                    deliver(message);
                }
            }
        });
        redis.await(redis.pubSub().async().subscribe(channel), "subscribe to the bus");
    }

    private void deliver(String message) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(message);
            } catch (RuntimeException e) {
                LOG.warn("bus listener failed", e);
            }
        }
    }

    @Override
    public void publish(String message) {
        redis.await(redis.async().publish(channel, message.getBytes(StandardCharsets.UTF_8)), "publish");
    }

    @Override
    public AutoCloseable subscribe(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
