package io.cuedeck.connector.audience;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A simulated crowd. Weights are relative (they need not sum to 1). {@code answerRate} is the share
 * of viewers who answer a cue; {@code ackDelay} and {@code answerDelay} are the mean delays of an
 * exponential distribution. {@code choiceWeights} biases poll/quiz choices by option index
 * (missing indexes weigh 1). {@code rampUp} spreads joins over that time.
 *
 * <p>Added by the connector issue (null or 0 means the default): {@code otherNodes} are more base
 * URLs of the same cluster: viewers are spread over {@code baseUrl} and these round-robin, and a
 * viewer whose socket drops reconnects to the next one. {@code curve} replaces the plain ramp to
 * {@code viewers} with any shape of joins and leaves. {@code churnPerMinute} is the share of the
 * crowd that leaves and is replaced by newcomers each minute. {@code reconnectBackoff} is the first
 * wait before a dropped viewer reconnects (doubling, full jitter, at most 30 s).
 *
 * <p>Added by the reports issue: {@code ackRate} is the share of viewers who react to a cue at all
 * (the others' apps are in the background: no ack, no answer); {@code answerRate} is then the share
 * of those who also answer. {@code seed} now decides everything random: viewer ids and attributes by
 * join order, and each viewer's reaction to each fire (the same seed, viewer and fire give the same
 * reaction whatever the timing), so a scripted show has outcomes known in advance.
 */
public record AudienceConfig(
        URI baseUrl,
        String showId,
        int viewers,
        Map<String, Double> platforms,
        Map<String, Double> regions,
        Map<String, Double> languages,
        Duration heartbeatInterval,
        Duration ackDelay,
        double answerRate,
        Duration answerDelay,
        Map<Integer, Double> choiceWeights,
        Duration rampUp,
        long seed,
        List<URI> otherNodes,
        ViewerCurve curve,
        double churnPerMinute,
        Duration reconnectBackoff,
        double ackRate) {

    public static final Duration DEFAULT_RECONNECT_BACKOFF = Duration.ofSeconds(1);

    public AudienceConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(showId, "showId");
        require(viewers >= 0, "viewers must be zero or more");
        require(answerRate >= 0 && answerRate <= 1, "answerRate must be between 0 and 1");
        require(ackRate >= 0 && ackRate <= 1, "ackRate must be between 0 and 1");
        require(churnPerMinute >= 0 && churnPerMinute <= 1, "churnPerMinute must be between 0 and 1");
        requireWeights(platforms, "platforms");
        requireWeights(regions, "regions");
        requireWeights(languages, "languages");
        for (Duration d : new Duration[] {heartbeatInterval, ackDelay, answerDelay, rampUp}) {
            require(d != null && !d.isNegative(), "durations must be zero or more");
        }
        require(!heartbeatInterval.isZero(), "heartbeatInterval must be more than zero");
        choiceWeights = choiceWeights == null ? Map.of() : Map.copyOf(choiceWeights);
        otherNodes = otherNodes == null ? List.of() : List.copyOf(otherNodes);
        reconnectBackoff = reconnectBackoff == null ? DEFAULT_RECONNECT_BACKOFF : reconnectBackoff;
    }

    /** The spine's constructor, kept for source compatibility: one node, a plain ramp, no churn. */
    public AudienceConfig(URI baseUrl, String showId, int viewers, Map<String, Double> platforms,
                          Map<String, Double> regions, Map<String, Double> languages, Duration heartbeatInterval,
                          Duration ackDelay, double answerRate, Duration answerDelay,
                          Map<Integer, Double> choiceWeights, Duration rampUp, long seed) {
        this(baseUrl, showId, viewers, platforms, regions, languages, heartbeatInterval, ackDelay, answerRate,
                answerDelay, choiceWeights, rampUp, seed, List.of(), null, 0, null, 1);
    }

    /** The connector issue's constructor, kept for source compatibility: every viewer acks. */
    public AudienceConfig(URI baseUrl, String showId, int viewers, Map<String, Double> platforms,
                          Map<String, Double> regions, Map<String, Double> languages, Duration heartbeatInterval,
                          Duration ackDelay, double answerRate, Duration answerDelay,
                          Map<Integer, Double> choiceWeights, Duration rampUp, long seed, List<URI> otherNodes,
                          ViewerCurve curve, double churnPerMinute, Duration reconnectBackoff) {
        this(baseUrl, showId, viewers, platforms, regions, languages, heartbeatInterval, ackDelay, answerRate,
                answerDelay, choiceWeights, rampUp, seed, otherNodes, curve, churnPerMinute, reconnectBackoff, 1);
    }

    public static AudienceConfig of(URI baseUrl, String showId, int viewers) {
        return new AudienceConfig(baseUrl, showId, viewers,
                Map.of("ios", 4.0, "android", 5.0, "web", 2.0, "tv", 1.0),
                Map.of("TW", 5.0, "KR", 3.0, "HK", 1.0, "US", 1.0),
                Map.of("zh-TW", 5.0, "en", 3.0, "ko", 2.0),
                Duration.ofSeconds(30), Duration.ofMillis(150), 0.6, Duration.ofSeconds(4),
                Map.of(), Duration.ofSeconds(5), 42L);
    }

    /** Every base URL viewers use: {@code baseUrl} first, then {@code otherNodes}. */
    public List<URI> nodes() {
        return Stream.concat(Stream.of(baseUrl), otherNodes.stream()).toList();
    }

    /** The crowd's size over time: {@code curve}, or a straight ramp to {@code viewers} over {@code rampUp}. */
    public ViewerCurve effectiveCurve() {
        return curve != null ? curve : ViewerCurve.ramp(viewers, rampUp);
    }

    public AudienceConfig withNodes(List<URI> more) {
        return new AudienceConfig(baseUrl, showId, viewers, platforms, regions, languages, heartbeatInterval, ackDelay,
                answerRate, answerDelay, choiceWeights, rampUp, seed, more, curve, churnPerMinute, reconnectBackoff, ackRate);
    }

    public AudienceConfig withCurve(ViewerCurve shape) {
        return new AudienceConfig(baseUrl, showId, viewers, platforms, regions, languages, heartbeatInterval, ackDelay,
                answerRate, answerDelay, choiceWeights, rampUp, seed, otherNodes, shape, churnPerMinute, reconnectBackoff, ackRate);
    }

    public AudienceConfig withRampUp(Duration time) {
        return new AudienceConfig(baseUrl, showId, viewers, platforms, regions, languages, heartbeatInterval, ackDelay,
                answerRate, answerDelay, choiceWeights, time, seed, otherNodes, curve, churnPerMinute, reconnectBackoff, ackRate);
    }

    public AudienceConfig withChurn(double perMinute) {
        return new AudienceConfig(baseUrl, showId, viewers, platforms, regions, languages, heartbeatInterval, ackDelay,
                answerRate, answerDelay, choiceWeights, rampUp, seed, otherNodes, curve, perMinute, reconnectBackoff, ackRate);
    }

    public AudienceConfig withLanguages(Map<String, Double> weights) {
        return new AudienceConfig(baseUrl, showId, viewers, platforms, regions, weights, heartbeatInterval, ackDelay,
                answerRate, answerDelay, choiceWeights, rampUp, seed, otherNodes, curve, churnPerMinute, reconnectBackoff, ackRate);
    }

    /** How viewers react to a cue: mean ack delay, share who answer, mean answer delay, choice weights. */
    public AudienceConfig withReactions(Duration ack, double rate, Duration answer, Map<Integer, Double> choices) {
        return new AudienceConfig(baseUrl, showId, viewers, platforms, regions, languages, heartbeatInterval, ack,
                rate, answer, choices, rampUp, seed, otherNodes, curve, churnPerMinute, reconnectBackoff, ackRate);
    }

    /** The share of viewers who react to a cue at all (ack it, and perhaps answer); the others ignore it. */
    public AudienceConfig withAckRate(double rate) {
        return new AudienceConfig(baseUrl, showId, viewers, platforms, regions, languages, heartbeatInterval, ackDelay,
                answerRate, answerDelay, choiceWeights, rampUp, seed, otherNodes, curve, churnPerMinute, reconnectBackoff,
                rate);
    }

    /** The seed every random choice of the crowd follows: who joins with what, and how each viewer reacts to each cue. */
    public AudienceConfig withSeed(long value) {
        return new AudienceConfig(baseUrl, showId, viewers, platforms, regions, languages, heartbeatInterval, ackDelay,
                answerRate, answerDelay, choiceWeights, rampUp, value, otherNodes, curve, churnPerMinute, reconnectBackoff,
                ackRate);
    }

    public AudienceConfig withReconnectBackoff(Duration first) {
        return new AudienceConfig(baseUrl, showId, viewers, platforms, regions, languages, heartbeatInterval, ackDelay,
                answerRate, answerDelay, choiceWeights, rampUp, seed, otherNodes, curve, churnPerMinute, first, ackRate);
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static void requireWeights(Map<String, Double> weights, String name) {
        require(weights != null && !weights.isEmpty() && weights.values().stream().allMatch(w -> w != null && w >= 0)
                && weights.values().stream().mapToDouble(Double::doubleValue).sum() > 0,
                name + " needs at least one entry with a positive weight");
    }
}
