package io.cuedeck.server.capacity.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The studio's own automation, reached by a webhook: each desired state is POSTed as
 * {@code {"desiredUnits", "reason", "boostId", "at", "actionId"}} to
 * {@code CUEDECK_CAPACITY_WEBHOOK_URL}, signed with HMAC-SHA256 of the exact body under
 * {@code CUEDECK_CAPACITY_WEBHOOK_SECRET} ({@code X-Cuedeck-Signature: sha256=<hex>}), with the
 * action id as {@code Idempotency-Key} so a receiver can drop a repeat. Any 2xx accepts it; 408,
 * 425, 429, 5xx and I/O errors are retryable, other answers are not. What a webhook runs is only
 * known from its answers: a JSON answer with {@code inServiceUnits} (and {@code readyUnits}) says
 * how many run; without one, accepted units count as in service and ready.
 */
public final class WebhookProvider implements CapacityProvider {

    public static final String SIGNATURE = "X-Cuedeck-Signature";

    private final URI url;
    private final byte[] secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile ProviderState last = new ProviderState(0, 0, 0, null);

    public WebhookProvider(URI url, String secret) {
        this.url = url;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public void setDesired(int units, DesiredRequest request) throws ProviderException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("desiredUnits", units);
        body.put("reason", request.reason());
        body.put("boostId", request.boostId());
        body.put("at", request.at().toString());
        body.put("actionId", request.actionId());
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        HttpRequest post = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(SIGNATURE, "sha256=" + sign(bytes))
                .header("Idempotency-Key", request.actionId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        HttpResponse<String> response;
        try {
            response = http.send(post, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProviderException("The capacity webhook " + where() + " could not be reached: " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException("The server is stopping; the capacity webhook was not called.", false, e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            boolean retryable = status == 408 || status == 425 || status == 429 || status >= 500;
            throw new ProviderException("The capacity webhook " + where() + " answered " + status
                    + (retryable ? "" : ": it refused the request"), retryable);
        }
        last = reported(units, response.body());
    }

    @Override
    public ProviderState state() {
        return last;
    }

    private ProviderState reported(int units, String body) {
        try {
            JsonNode json = Json.mapper().readTree(body == null || body.isBlank() ? "{}" : body);
            if (json.has("inServiceUnits")) {
                int inService = json.get("inServiceUnits").asInt();
                int ready = json.has("readyUnits") ? json.get("readyUnits").asInt() : inService;
                return new ProviderState(units, inService, Math.min(ready, inService), null);
            }
        } catch (IOException | RuntimeException notJson) {
            // an answer that is not JSON says nothing more than "accepted"
        }
        return new ProviderState(units, units, units, null);
    }

    /** Hex HMAC-SHA256 of {@code body} under the shared secret. */
    String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    /** The URL without its query (which may hold a token), for messages. */
    private String where() {
        return url.getScheme() + "://" + url.getAuthority() + url.getPath();
    }
}
