package io.cuedeck.server.engine.hot.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cuedeck.server.engine.hot.FireLedger.FireState;
import io.cuedeck.server.engine.hot.FireLedger.FireStats;
import io.cuedeck.server.engine.hot.FireLedger.LiveFire;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a fire's hash ({@code fire} JSON, {@code show}, {@code closedAt}, counters,
 * {@code c0..cN}) and of its latency hash, read into the ledger's records and written from them.
 */
final class FireHash {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private FireHash() {
    }

    static Optional<FireState> state(Map<String, byte[]> hash) {
        byte[] fire = hash.get("fire");
        if (fire == null) {
            return Optional.empty();
        }
        try {
            LiveFire live = JSON.readValue(fire, LiveFire.class);
            byte[] closed = hash.get("closedAt");
            return Optional.of(new FireState(live, closed == null ? null
                    : Instant.parse(new String(closed, StandardCharsets.US_ASCII))));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable fire in Redis", e);
        }
    }

    static FireStats stats(LiveFire fire, Map<String, byte[]> hash, Map<String, byte[]> latency) {
        long[] buckets = new long[LatencyHistogram.BUCKETS];
        latency.forEach((bucket, count) -> buckets[Integer.parseInt(bucket)] = number(count));
        long[] counts = new long[fire.options()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = number(hash.get("c" + i));
        }
        return new FireStats(number(hash.get("delivered")), number(hash.get("failed")), number(hash.get("acks")),
                buckets, number(hash.get("max")), number(hash.get("answers")), counts);
    }

    /** Field/value pairs of the fire hash for {@code state} with {@code stats}. */
    static List<byte[]> fields(FireState state, FireStats stats) {
        LiveFire fire = state.fire();
        List<byte[]> fields = new ArrayList<>(List.of(utf8("fire"), json(fire), utf8("show"), utf8(fire.showId()),
                utf8("delivered"), num(stats.delivered()), utf8("failed"), num(stats.failed()),
                utf8("acks"), num(stats.acks()), utf8("max"), num(stats.maxLatencyMs()),
                utf8("answers"), num(stats.answers())));
        if (!state.open()) {
            fields.addAll(List.of(utf8("closedAt"), utf8(state.closedAt().toString())));
        }
        for (int i = 0; i < stats.counts().length; i++) {
            fields.addAll(List.of(utf8("c" + i), num(stats.counts()[i])));
        }
        return fields;
    }

    /** Bucket/count pairs of the non-empty latency buckets. */
    static List<byte[]> latency(long[] buckets) {
        List<byte[]> pairs = new ArrayList<>();
        for (int b = 0; b < buckets.length; b++) {
            if (buckets[b] != 0) {
                pairs.add(num(b));
                pairs.add(num(buckets[b]));
            }
        }
        return pairs;
    }

    static byte[] json(LiveFire fire) {
        try {
            return JSON.writeValueAsBytes(fire);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] num(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long number(byte[] value) {
        return value == null ? 0 : Long.parseLong(new String(value, StandardCharsets.US_ASCII));
    }
}
