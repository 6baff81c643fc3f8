package io.cuedeck.connector;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach a backend. {@code baseUrl} is the server root (e.g. {@code http://127.0.0.1:8080});
 * {@code token} a producer, host or manager bearer token. {@code requestTimeout} bounds one try of a
 * request (connect, send and the whole answer); {@code retry} says how often a safe request is tried;
 * {@code streamReconnect} how often and how fast a console stream tries to come back before it is
 * {@code LOST}. Null means the default beside the field.
 */
public record ClientConfig(
        URI baseUrl,
        String token,
        Duration connectTimeout,
        Duration requestTimeout,
        RetryPolicy retry,
        RetryPolicy streamReconnect) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** About two minutes of tries, at most 5 s apart, before the console says the link is lost. */
    public static final RetryPolicy DEFAULT_STREAM_RECONNECT = new RetryPolicy(40, Duration.ofMillis(250), Duration.ofSeconds(5));

    public ClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        String scheme = baseUrl.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("the server address must start with http:// or https://, not " + baseUrl);
        }
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
        retry = retry == null ? RetryPolicy.DEFAULT : retry;
        streamReconnect = streamReconnect == null ? DEFAULT_STREAM_RECONNECT : streamReconnect;
    }

    /** The spine's constructor, kept for source compatibility: default stream reconnects. */
    public ClientConfig(URI baseUrl, String token, Duration connectTimeout, Duration requestTimeout, RetryPolicy retry) {
        this(baseUrl, token, connectTimeout, requestTimeout, retry, null);
    }

    public static ClientConfig of(String baseUrl, String token) {
        return new ClientConfig(URI.create(baseUrl), token, null, null, null, null);
    }

    public ClientConfig withRetry(RetryPolicy policy) {
        return new ClientConfig(baseUrl, token, connectTimeout, requestTimeout, policy, streamReconnect);
    }

    public ClientConfig withRequestTimeout(Duration timeout) {
        return new ClientConfig(baseUrl, token, connectTimeout, timeout, retry, streamReconnect);
    }

    public ClientConfig withConnectTimeout(Duration timeout) {
        return new ClientConfig(baseUrl, token, timeout, requestTimeout, retry, streamReconnect);
    }

    public ClientConfig withStreamReconnect(RetryPolicy policy) {
        return new ClientConfig(baseUrl, token, connectTimeout, requestTimeout, retry, policy);
    }

    public ClientConfig withToken(String otherToken) {
        return new ClientConfig(baseUrl, otherToken, connectTimeout, requestTimeout, retry, streamReconnect);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "ClientConfig[baseUrl=" + baseUrl + ", token=***, connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", retry=" + retry + ", streamReconnect=" + streamReconnect + "]";
    }
}
