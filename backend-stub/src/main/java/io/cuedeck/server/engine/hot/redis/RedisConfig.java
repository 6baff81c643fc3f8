package io.cuedeck.server.engine.hot.redis;

import io.lettuce.core.RedisURI;
import io.cuedeck.server.config.ConfigException;
import java.time.Duration;
import java.util.function.Function;

/**
 * How to reach Redis. Read from the same key source as the server's config (environment over the
 * config file); a bad value stops the start with one line naming the key.
 *
 * @param url            {@code CUEDECK_REDIS_URL}: {@code redis://[[user]:password@]host[:port][/database]},
 *                       or {@code rediss://} for TLS; default {@code redis://127.0.0.1:6379}
 * @param cluster        {@code CUEDECK_REDIS_CLUSTER}: {@code true} for Redis Cluster (the URL names one
 *                       seed node); default {@code false}
 * @param prefix         {@code CUEDECK_REDIS_PREFIX}: prepended to every key and the bus channel, so
 *                       several deployments can share one Redis; default {@code cuedeck:}
 * @param commandTimeout {@code CUEDECK_REDIS_TIMEOUT_MS}: longest wait for one command before the
 *                       engine reports Redis unavailable; default 2000
 */
public record RedisConfig(String url, boolean cluster, String prefix, Duration commandTimeout) {

    public static final String URL_KEY = "CUEDECK_REDIS_URL";
    public static final String CLUSTER_KEY = "CUEDECK_REDIS_CLUSTER";
    public static final String PREFIX_KEY = "CUEDECK_REDIS_PREFIX";
    public static final String TIMEOUT_KEY = "CUEDECK_REDIS_TIMEOUT_MS";

    public static final String DEFAULT_URL = "redis://127.0.0.1:6379";
    public static final String DEFAULT_PREFIX = "cuedeck:";
    public static final long DEFAULT_TIMEOUT_MS = 2_000;

    public RedisConfig {
        parseUrl(url);
        if (prefix == null || !prefix.matches("[A-Za-z0-9:_.\\-]{0,64}")) {
            throw new ConfigException(PREFIX_KEY + "=" + prefix
                    + " is not valid: use up to 64 of A-Z a-z 0-9 : _ . - (no braces: keys carry their own hash tags)");
        }
        if (commandTimeout == null || commandTimeout.toMillis() < 50 || commandTimeout.toMillis() > 60_000) {
            throw new ConfigException(TIMEOUT_KEY + "=" + (commandTimeout == null ? null : commandTimeout.toMillis())
                    + " is not valid: use a number of milliseconds from 50 to 60000");
        }
    }

    /** Defaults: a local Redis on 6379, no cluster, prefix {@code cuedeck:}. */
    public static RedisConfig defaults() {
        return new RedisConfig(DEFAULT_URL, false, DEFAULT_PREFIX, Duration.ofMillis(DEFAULT_TIMEOUT_MS));
    }

    /** Reads the keys from {@code source} (null for a key that is not set). */
    public static RedisConfig from(Function<String, String> source) {
        String url = orDefault(source.apply(URL_KEY), DEFAULT_URL);
        String cluster = orDefault(source.apply(CLUSTER_KEY), "false").toLowerCase(java.util.Locale.ROOT);
        if (!cluster.equals("true") && !cluster.equals("false")) {
            throw new ConfigException(CLUSTER_KEY + "=" + cluster + " is not valid: use true or false");
        }
        String timeout = orDefault(source.apply(TIMEOUT_KEY), String.valueOf(DEFAULT_TIMEOUT_MS));
        long millis;
        try {
            millis = Long.parseLong(timeout);
        } catch (NumberFormatException e) {
            throw new ConfigException(TIMEOUT_KEY + "=" + timeout
                    + " is not valid: use a number of milliseconds from 50 to 60000");
        }
        return new RedisConfig(url, Boolean.parseBoolean(cluster), orDefault(source.apply(PREFIX_KEY), DEFAULT_PREFIX),
                Duration.ofMillis(millis));
    }

    /** The URL as Lettuce wants it, with the command timeout applied. */
    public RedisURI redisUri() {
        RedisURI uri = parseUrl(url);
        uri.setTimeout(commandTimeout);
        return uri;
    }

    /** The URL without its password: safe for logs, errors and {@code /health}. */
    public String safeUrl() {
        return url.replaceAll("//([^@/]*)@", "//***@");
    }

    @Override
    public String toString() {
        return "RedisConfig[url=" + safeUrl() + ", cluster=" + cluster + ", prefix=" + prefix
                + ", commandTimeout=" + commandTimeout.toMillis() + "ms]";
    }

    private static RedisURI parseUrl(String url) {
        String shown = url == null ? null : url.replaceAll("//([^@/]*)@", "//***@");
        if (url == null || !(url.startsWith("redis://") || url.startsWith("rediss://"))) {
            throw new ConfigException(URL_KEY + "=" + shown
                    + " is not valid: use redis://[:password@]host[:port][/database] or rediss://... for TLS");
        }
        try {
            return RedisURI.create(url);
        } catch (RuntimeException e) {
            // the parser's own message may echo the password: do not pass it on
            throw new ConfigException(URL_KEY + "=" + shown
                    + " is not valid: use redis://[:password@]host[:port][/database]");
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
