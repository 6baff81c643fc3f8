package io.cuedeck.server.config;

import io.cuedeck.server.Ids;
import io.cuedeck.server.engine.Engines;
import io.cuedeck.server.http.Tokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What the server needs to start. Each field's key and default are beside it; {@link #from}
 * reads them from a {@link ConfigSource} and fails fast with one line naming a bad key.
 * Engine-specific settings (Redis, DynamoDB) are read by their engines from {@link #source}.
 *
 * @param port             CUEDECK_PORT, default 8080; 0 picks a free port
 * @param bind             CUEDECK_BIND, default 127.0.0.1
 * @param dataDir          CUEDECK_DATA_DIR, default ./data (SQLite file, generated token)
 * @param hot              CUEDECK_HOT: memory (default) or redis
 * @param cold             CUEDECK_COLD: sqlite (default) or dynamodb
 * @param tokens           CUEDECK_TOKENS {@code role:token,...}; none: a producer token is made
 * @param presenceTtl      CUEDECK_PRESENCE_TTL_SECONDS, default 120
 * @param snapshotInterval CUEDECK_SNAPSHOT_SECONDS, default 300
 * @param nodeId           CUEDECK_NODE_ID, default a random short id
 * @param source           where all of this was read from
 */
public record ServerConfig(
        int port,
        String bind,
        Path dataDir,
        String hot,
        String cold,
        Tokens tokens,
        Duration presenceTtl,
        Duration snapshotInterval,
        String nodeId,
        ConfigSource source) {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PRESENCE_TTL_SECONDS = 120;
    public static final int DEFAULT_SNAPSHOT_SECONDS = 300;

    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(hot, "hot");
        Objects.requireNonNull(cold, "cold");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(presenceTtl, "presenceTtl");
        Objects.requireNonNull(snapshotInterval, "snapshotInterval");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(source, "source");
    }

    /** Every default, with data in {@code dataDir}: what an embedding program starts from. */
    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig(DEFAULT_PORT, DEFAULT_BIND, dataDir, Engines.MEMORY, Engines.SQLITE, Tokens.none(),
                Duration.ofSeconds(DEFAULT_PRESENCE_TTL_SECONDS), Duration.ofSeconds(DEFAULT_SNAPSHOT_SECONDS),
                Ids.shortId(), ConfigSource.empty());
    }

    public static ServerConfig from(ConfigSource src) {
        int port = src.getInt("CUEDECK_PORT", DEFAULT_PORT, 0, 65_535);
        String bind = src.get("CUEDECK_BIND", DEFAULT_BIND);
        if (!bind.matches("[A-Za-z0-9.:\\-\\[\\]%]{1,255}")) {
            throw ConfigException.invalid("CUEDECK_BIND", bind, "an IP address or host name such as 127.0.0.1 or 0.0.0.0");
        }
        Path dataDir = src.get("CUEDECK_DATA_DIR", Path.of("data"), Path::of, "a directory path");
        String hot = oneOf(src, "CUEDECK_HOT", Engines.MEMORY, Engines.HOT_NAMES);
        String cold = oneOf(src, "CUEDECK_COLD", Engines.SQLITE, Engines.COLD_NAMES);
        Tokens tokens = src.get(Tokens.KEY).map(Tokens::parse).orElse(Tokens.none());
        int ttl = src.getInt("CUEDECK_PRESENCE_TTL_SECONDS", DEFAULT_PRESENCE_TTL_SECONDS, 1, 86_400);
        int snapshot = src.getInt("CUEDECK_SNAPSHOT_SECONDS", DEFAULT_SNAPSHOT_SECONDS, 1, 3_600);
        String node = src.get("CUEDECK_NODE_ID", Ids.shortId());
        if (!node.matches("[A-Za-z0-9_-]{1,32}")) {
            throw ConfigException.invalid("CUEDECK_NODE_ID", node, "1-32 characters of A-Z a-z 0-9 _ -");
        }
        return new ServerConfig(port, bind, dataDir, hot, cold, tokens, Duration.ofSeconds(ttl),
                Duration.ofSeconds(snapshot), node, src);
    }

    private static String oneOf(ConfigSource src, String key, String fallback, java.util.List<String> allowed) {
        String value = src.get(key, fallback);
        if (!allowed.contains(value)) {
            throw ConfigException.invalid(key, value, "one of " + String.join(", ", allowed));
        }
        return value;
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, bind, dataDir, hot, cold, tokens, presenceTtl, snapshotInterval, nodeId, source);
    }

    public ServerConfig withTokens(Tokens newTokens) {
        return new ServerConfig(port, bind, dataDir, hot, cold, newTokens, presenceTtl, snapshotInterval, nodeId, source);
    }

    public ServerConfig withPresenceTtl(Duration ttl) {
        return new ServerConfig(port, bind, dataDir, hot, cold, tokens, ttl, snapshotInterval, nodeId, source);
    }

    public ServerConfig withSnapshotInterval(Duration interval) {
        return new ServerConfig(port, bind, dataDir, hot, cold, tokens, presenceTtl, interval, nodeId, source);
    }

    public ServerConfig withNodeId(String id) {
        return new ServerConfig(port, bind, dataDir, hot, cold, tokens, presenceTtl, snapshotInterval, id, source);
    }

    public ServerConfig withBind(String address) {
        return new ServerConfig(port, address, dataDir, hot, cold, tokens, presenceTtl, snapshotInterval, nodeId, source);
    }

    /** Where feature configs (limits, engines) read their own keys from; for embedding programs and tests. */
    public ServerConfig withSource(ConfigSource newSource) {
        return new ServerConfig(port, bind, dataDir, hot, cold, tokens, presenceTtl, snapshotInterval, nodeId, newSource);
    }
}
