package io.cuedeck.connector;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach a backend. {@code baseUrl} is the server root (e.g. {@code http://127.0.0.1:8080});
 * {@code token} a producer, host or manager bearer token. {@code requestTimeout} bounds one try of a
 * request (connect, send and the whole answer); {@code retry} says how often a safe request is tried;
 * {@code streamReconnect} how often and how fast a console stream tries to come back before it is
 * {@code LOST}. Null means the default beside the field.
 *
 * <p>Security: {@code https://} servers are verified against this computer's trusted authorities
 * plus {@code trustedCa} (a PEM or DER file with a studio's private CA certificate or several; none
 * by default). Plain {@code http://} to a host other than this computer (loopback) is refused unless
 * {@code allowPlainHttp} says the user chose it knowingly (false by default): the token and every cue
 * would cross the network unencrypted.
 *
 * <p>{@code consoleId}: set by a console (a random id per connection, {@link #newConsoleId()}); sent as
 * {@code Cuedeck-Console} on every request and on the console stream, so the backend knows which
 * console holds TAKE. Null (the default) for API and automation callers.
 */
public record ClientConfig(
        URI baseUrl,
        String token,
        Duration connectTimeout,
        Duration requestTimeout,
        RetryPolicy retry,
        RetryPolicy streamReconnect,
        Path trustedCa,
        boolean allowPlainHttp,
        String consoleId) {

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
        if (!allowPlainHttp && isUnencryptedRemote(baseUrl)) {
            throw new IllegalArgumentException("The connection to " + baseUrl.getHost() + " would not be encrypted (http://): "
                    + "the token and every cue would cross the network in clear text. Use https://, or allow an "
                    + "unencrypted connection explicitly.");
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

    /** Without an extra trusted CA, plain HTTP to loopback only. */
    public ClientConfig(URI baseUrl, String token, Duration connectTimeout, Duration requestTimeout, RetryPolicy retry,
            RetryPolicy streamReconnect) {
        this(baseUrl, token, connectTimeout, requestTimeout, retry, streamReconnect, null, false, null);
    }

    /** Without a console id: an API or automation caller. */
    public ClientConfig(URI baseUrl, String token, Duration connectTimeout, Duration requestTimeout, RetryPolicy retry,
            RetryPolicy streamReconnect, Path trustedCa, boolean allowPlainHttp) {
        this(baseUrl, token, connectTimeout, requestTimeout, retry, streamReconnect, trustedCa, allowPlainHttp, null);
    }

    /** A fresh console id: 22 random URL-safe characters. */
    public static String newConsoleId() {
        byte[] bytes = new byte[16];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** This client speaks for the console {@code id} ({@link #newConsoleId()}). */
    public ClientConfig withConsoleId(String id) {
        if (id != null && !id.matches("[A-Za-z0-9_-]{8,64}")) {
            throw new IllegalArgumentException("a console id is 8-64 of A-Z a-z 0-9 _ -");
        }
        return new ClientConfig(baseUrl, token, connectTimeout, requestTimeout, retry, streamReconnect, trustedCa,
                allowPlainHttp, id);
    }

    /**
     * True for {@code http://} to a host that is not this computer: {@code localhost}, {@code 127.x.x.x}
     * and {@code ::1} are loopback (never resolved: a name is judged as written).
     */
    public static boolean isUnencryptedRemote(URI url) {
        if (!"http".equalsIgnoreCase(url.getScheme())) {
            return false;
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return !(host.equals("localhost") || host.endsWith(".localhost") || host.matches("127\\.\\d+\\.\\d+\\.\\d+")
                || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1"));
    }

    public static ClientConfig of(String baseUrl, String token) {
        return new ClientConfig(URI.create(baseUrl), token, null, null, null, null, null, false, null);
    }

    public ClientConfig withRetry(RetryPolicy policy) {
        return new ClientConfig(baseUrl, token, connectTimeout, requestTimeout, policy, streamReconnect, trustedCa, allowPlainHttp,
                consoleId);
    }

    public ClientConfig withRequestTimeout(Duration timeout) {
        return new ClientConfig(baseUrl, token, connectTimeout, timeout, retry, streamReconnect, trustedCa, allowPlainHttp,
                consoleId);
    }

    public ClientConfig withConnectTimeout(Duration timeout) {
        return new ClientConfig(baseUrl, token, timeout, requestTimeout, retry, streamReconnect, trustedCa, allowPlainHttp,
                consoleId);
    }

    public ClientConfig withStreamReconnect(RetryPolicy policy) {
        return new ClientConfig(baseUrl, token, connectTimeout, requestTimeout, retry, policy, trustedCa, allowPlainHttp, consoleId);
    }

    public ClientConfig withToken(String otherToken) {
        return new ClientConfig(baseUrl, otherToken, connectTimeout, requestTimeout, retry, streamReconnect, trustedCa,
                allowPlainHttp, consoleId);
    }

    /** Also trusts the CA certificate(s) in {@code caFile} (PEM or DER); null: this computer's authorities only. */
    public ClientConfig withTrustedCa(Path caFile) {
        return new ClientConfig(baseUrl, token, connectTimeout, requestTimeout, retry, streamReconnect, caFile, allowPlainHttp,
                consoleId);
    }

    /** The user chose an unencrypted {@code http://} connection to another computer knowingly. */
    public ClientConfig withPlainHttpAllowed(boolean allowed) {
        return new ClientConfig(baseUrl, token, connectTimeout, requestTimeout, retry, streamReconnect, trustedCa, allowed,
                consoleId);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "ClientConfig[baseUrl=" + baseUrl + ", token=***, connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", retry=" + retry + ", streamReconnect=" + streamReconnect
                + ", trustedCa=" + trustedCa + ", allowPlainHttp=" + allowPlainHttp + ", consoleId=" + consoleId + "]";
    }
}
