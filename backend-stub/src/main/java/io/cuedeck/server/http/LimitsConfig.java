package io.cuedeck.server.http;

import io.cuedeck.server.config.ConfigSource;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * What the public side tolerates from slow or abusive clients. Each field's key and default are
 * beside it; {@link #from} fails fast naming a bad key. Rates are per second with a burst of
 * {@link #BURST_SECONDS} seconds' worth, so a join storm (every viewer of a show opening its
 * socket and heartbeating within seconds) passes while a sustained flood does not. Per-address
 * defaults are high because one address can be a mobile carrier's NAT or a studio's gateway.
 *
 * @param headerTimeout          CUEDECK_HEADER_TIMEOUT_SECONDS, default 10: a request's headers must arrive within it
 * @param bodyTimeout            CUEDECK_BODY_TIMEOUT_SECONDS, default 10: its body within this after the headers (408)
 * @param slowReader             CUEDECK_SLOW_READER_SECONDS, default 15: a connection whose writes make no progress
 *                               that long is dropped
 * @param unfinishedPerIp        CUEDECK_UNFINISHED_REQUESTS_PER_IP, default 256: requests of one address whose
 *                               headers or body are still arriving (429 beyond)
 * @param connectionsPerNode     CUEDECK_CONNECTIONS_PER_NODE, default the open-file limit less 256: TCP
 *                               connections beyond it wait in the kernel's backlog
 * @param socketsPerNode         CUEDECK_SOCKETS_PER_NODE, default the open-file limit less 512: viewer sockets
 *                               (the server's own files, jars and engine connections take about 100; a node
 *                               at 20,000 open files holds 19,000 viewers, as the fan-out benchmark needs)
 * @param socketsPerShow         CUEDECK_SOCKETS_PER_SHOW, default 0 (no cap but the node's): viewer sockets of one show
 * @param socketsPerIp           CUEDECK_SOCKETS_PER_IP, default 5000: viewer sockets of one address
 * @param socketOpensPerIp       CUEDECK_SOCKET_OPENS_PER_IP_PER_SECOND, default 500
 * @param heartbeatsPerIp        CUEDECK_HEARTBEATS_PER_IP_PER_SECOND, default 1000 (HTTP heartbeats)
 * @param answersPerIp           CUEDECK_ANSWERS_PER_IP_PER_SECOND, default 1000 (HTTP answers and acks)
 * @param socketOpensPerViewer   CUEDECK_SOCKET_OPENS_PER_VIEWER_PER_MINUTE, default 12
 * @param answersPerViewer       CUEDECK_ANSWERS_PER_VIEWER_PER_MINUTE, default 60 (socket and HTTP answers)
 * @param heartbeatMinInterval   CUEDECK_HEARTBEAT_MIN_INTERVAL_SECONDS, default 5: one counted heartbeat per viewer
 *                               per this (429 for more over HTTP)
 * @param trustedProxies         CUEDECK_TRUSTED_PROXIES, default none: addresses whose X-Forwarded-For is believed
 */
public record LimitsConfig(
        Duration headerTimeout,
        Duration bodyTimeout,
        Duration slowReader,
        int unfinishedPerIp,
        int connectionsPerNode,
        int socketsPerNode,
        int socketsPerShow,
        int socketsPerIp,
        int socketOpensPerIp,
        int heartbeatsPerIp,
        int answersPerIp,
        int socketOpensPerViewer,
        int answersPerViewer,
        Duration heartbeatMinInterval,
        TrustedProxies trustedProxies) {

    /** A rate's burst: this many seconds of it may come at once. */
    public static final int BURST_SECONDS = 10;
    private static final int MAX = 10_000_000;

    public static LimitsConfig defaults() {
        return from(ConfigSource.empty());
    }

    public static LimitsConfig from(ConfigSource src) {
        int files = openFileLimit();
        return new LimitsConfig(
                Duration.ofSeconds(src.getInt("CUEDECK_HEADER_TIMEOUT_SECONDS", 10, 1, 300)),
                Duration.ofSeconds(src.getInt("CUEDECK_BODY_TIMEOUT_SECONDS", 10, 1, 300)),
                Duration.ofSeconds(src.getInt("CUEDECK_SLOW_READER_SECONDS", 15, 1, 600)),
                src.getInt("CUEDECK_UNFINISHED_REQUESTS_PER_IP", 256, 1, MAX),
                src.getInt("CUEDECK_CONNECTIONS_PER_NODE", Math.max(64, files - 256), 1, MAX),
                src.getInt("CUEDECK_SOCKETS_PER_NODE", Math.max(32, files - 512), 1, MAX),
                src.getInt("CUEDECK_SOCKETS_PER_SHOW", 0, 0, MAX),
                src.getInt("CUEDECK_SOCKETS_PER_IP", 5_000, 1, MAX),
                src.getInt("CUEDECK_SOCKET_OPENS_PER_IP_PER_SECOND", 500, 1, MAX),
                src.getInt("CUEDECK_HEARTBEATS_PER_IP_PER_SECOND", 1_000, 1, MAX),
                src.getInt("CUEDECK_ANSWERS_PER_IP_PER_SECOND", 1_000, 1, MAX),
                src.getInt("CUEDECK_SOCKET_OPENS_PER_VIEWER_PER_MINUTE", 12, 1, MAX),
                src.getInt("CUEDECK_ANSWERS_PER_VIEWER_PER_MINUTE", 60, 1, MAX),
                Duration.ofSeconds(src.getInt("CUEDECK_HEARTBEAT_MIN_INTERVAL_SECONDS", 5, 1, 3_600)),
                TrustedProxies.parse(src.get(TrustedProxies.KEY, "")));
    }

    /**
     * The process's limit of open files (sockets count), or 4096 where the JVM cannot say: one
     * socket per connection, and the server needs some for its files and engines.
     */
    static int openFileLimit() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return (int) Math.min(Integer.MAX_VALUE, unix.getMaxFileDescriptorCount());
        }
        return 4_096;
    }
}
