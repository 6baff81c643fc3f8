package io.cuedeck.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LimitsConfigTest {

    @Test
    void theDefaultsLetTheBenchmarksJoinStormThroughFromEachOfItsEightAddresses() {
        // issue 10: 20,000 viewers from 127.0.0.2-127.0.0.9 open sockets and heartbeat within 10 s
        LimitsConfig d = LimitsConfig.defaults();
        int perAddress = 20_000 / 8;

        assertThat(d.socketsPerIp()).isGreaterThanOrEqualTo(perAddress);
        assertThat((long) d.socketOpensPerIp() * LimitsConfig.BURST_SECONDS).isGreaterThanOrEqualTo(perAddress);
        assertThat((long) d.heartbeatsPerIp() * LimitsConfig.BURST_SECONDS).isGreaterThanOrEqualTo(perAddress);
        assertThat(d.socketsPerShow()).isZero();
        assertThat(d.headerTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.socketsPerNode()).isLessThan(LimitsConfig.openFileLimit());
    }

    @Test
    void everyKeyIsReadFromTheSource() {
        LimitsConfig c = LimitsConfig.from(ConfigSource.of(Map.ofEntries(
                Map.entry("CUEDECK_HEADER_TIMEOUT_SECONDS", "3"), Map.entry("CUEDECK_BODY_TIMEOUT_SECONDS", "4"),
                Map.entry("CUEDECK_SLOW_READER_SECONDS", "5"), Map.entry("CUEDECK_UNFINISHED_REQUESTS_PER_IP", "6"),
                Map.entry("CUEDECK_CONNECTIONS_PER_NODE", "7"), Map.entry("CUEDECK_SOCKETS_PER_NODE", "8"),
                Map.entry("CUEDECK_SOCKETS_PER_SHOW", "9"), Map.entry("CUEDECK_SOCKETS_PER_IP", "10"),
                Map.entry("CUEDECK_SOCKET_OPENS_PER_IP_PER_SECOND", "11"), Map.entry("CUEDECK_HEARTBEATS_PER_IP_PER_SECOND", "12"),
                Map.entry("CUEDECK_ANSWERS_PER_IP_PER_SECOND", "13"), Map.entry("CUEDECK_SOCKET_OPENS_PER_VIEWER_PER_MINUTE", "14"),
                Map.entry("CUEDECK_ANSWERS_PER_VIEWER_PER_MINUTE", "15"), Map.entry("CUEDECK_HEARTBEAT_MIN_INTERVAL_SECONDS", "16"),
                Map.entry("CUEDECK_TRUSTED_PROXIES", "10.0.0.0/8"))));

        assertThat(c).isEqualTo(new LimitsConfig(Duration.ofSeconds(3), Duration.ofSeconds(4), Duration.ofSeconds(5), 6, 7, 8,
                9, 10, 11, 12, 13, 14, 15, Duration.ofSeconds(16), c.trustedProxies()));
        assertThat(c.trustedProxies().isEmpty()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"CUEDECK_HEADER_TIMEOUT_SECONDS,0", "CUEDECK_BODY_TIMEOUT_SECONDS,ten", "CUEDECK_SOCKETS_PER_IP,-1",
            "CUEDECK_SOCKETS_PER_SHOW,-5", "CUEDECK_HEARTBEATS_PER_IP_PER_SECOND,0", "CUEDECK_TRUSTED_PROXIES,proxy.example.com",
            "CUEDECK_TRUSTED_PROXIES,10.0.0.0/33", "CUEDECK_SLOW_READER_SECONDS,601"})
    void aBadValueStopsTheStartNamingTheKey(String key, String value) {
        assertThatThrownBy(() -> LimitsConfig.from(ConfigSource.of(Map.of(key, value))))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith(key + "=" + value + " is not valid");
    }

    @Test
    void aTrustedProxysForwardedForIsBelievedRightToLeftAndAStrangersIsNot() throws Exception {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7, fd00::/8");
        InetAddress balancer = InetAddress.getByName("10.1.2.3");
        InetAddress stranger = InetAddress.getByName("198.51.100.9");

        assertThat(proxies.clientOf(balancer, "203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(proxies.clientOf(balancer, "1.1.1.1, 203.0.113.5, 10.9.9.9")).isEqualTo("203.0.113.5");
        assertThat(proxies.clientOf(balancer, "not-an-address")).isEqualTo("10.1.2.3");
        assertThat(proxies.clientOf(stranger, "203.0.113.5")).isEqualTo("198.51.100.9");
        assertThat(proxies.trusts(InetAddress.getByName("fd12::1"))).isTrue();
        assertThat(proxies.trusts(InetAddress.getByName("192.168.1.8"))).isFalse();
        assertThat(TrustedProxies.none().clientOf(balancer, "203.0.113.5")).isEqualTo("10.1.2.3");
    }

    @Test
    void aRateAllowsItsBurstThenOneTokenPerIntervalPerKey() {
        RateLimit rate = new RateLimit(2, 4);
        long t = 1_000_000_000L;

        for (int i = 0; i < 4; i++) {
            assertThat(rate.acquire("a", t)).isZero();
        }
        assertThat(rate.acquire("a", t)).isEqualTo(1);
        assertThat(rate.acquire("b", t)).isZero();
        assertThat(rate.acquire("a", t + 500_000_000L)).isZero();
        assertThat(rate.acquire("a", t + 500_000_000L)).isPositive();
        assertThat(RateLimit.perMinute(12).acquire("v")).isZero();
    }

    @Test
    void aFullBucketIsForgottenSoTheMapStaysAsSmallAsTheActiveClients() {
        RateLimit rate = new RateLimit(1e9, 1);
        rate.acquire("gone");

        rate.sweep();

        assertThat(rate.size()).isZero();
    }
}
