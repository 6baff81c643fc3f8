package io.cuedeck.connector.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.cuedeck.connector.CancelledException;
import io.cuedeck.connector.ClientConfig;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Runs {@link ApiRequest}s: JSON in and out, the bearer token, error mapping, and the retry loop.
 * Everything the typed client does goes through {@link #call}.
 */
public final class ApiCaller {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String USER_AGENT = "cuedeck-connector/" + version();

    private final HttpTransport transport;
    private final Retrier retrier;
    private final ErrorMapper errors;
    private final String bearer;
    private final String consoleId;

    public ApiCaller(ClientConfig config, HttpTransport transport) {
        this.transport = transport;
        this.retrier = new Retrier(config.retry());
        this.errors = new ErrorMapper(config.baseUrl().toString(), config.requestTimeout());
        this.bearer = "Bearer " + config.token();
        this.consoleId = config.consoleId();
    }

    /** Sends the request (with retries when it is safe) and reads the answer as {@code type}; null for {@code Void}. */
    public <T> T call(ApiRequest request, JavaType type) {
        return retrier.run(request.describe(), request.safeToRepeat(), () -> once(request, type));
    }

    public <T> T call(ApiRequest request, Class<T> type) {
        return call(request, Json.mapper().constructType(type));
    }

    public <T> List<T> callForList(ApiRequest request, Class<T> element) {
        return call(request, Json.mapper().getTypeFactory().constructCollectionType(List.class, element));
    }

    /** One try, no retry: for probes that want the first answer as it is. */
    public <T> T once(ApiRequest request, JavaType type) {
        RawResponse response;
        try {
            response = transport.execute(toHttp(request));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Cancelled before the server answered " + request.describe() + ".", e);
        } catch (IOException e) {
            transport.forgetIdleConnections();
            throw errors.fromIo(e);
        }
        if (!response.successful()) {
            throw errors.fromResponse(response);
        }
        return read(response, type);
    }

    private <T> T read(RawResponse response, JavaType type) {
        if (type.getRawClass() == Void.class) {
            return null;
        }
        try {
            T value = Json.mapper().readValue(response.body(), type);
            if (value == null) {
                throw new IOException("empty answer");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw errors.unreadable(response, e);
        }
    }

    private Request toHttp(ApiRequest request) {
        Request.Builder http = new Request.Builder().url(request.url()).header("User-Agent", USER_AGENT)
                .header("Accept", "application/json");
        if (request.authenticated()) {
            http.header("Authorization", bearer);
        }
        if (consoleId != null) {
            http.header("Cuedeck-Console", consoleId);
        }
        request.headers().forEach(http::header);
        RequestBody body = request.body() == null ? null
                : request.body() instanceof ApiRequest.Raw raw
                ? RequestBody.create(raw.bytes(), MediaType.get(raw.mediaType()))
                : RequestBody.create(toJson(request.body()), JSON);
        if (body == null && !request.method().equals("GET") && !request.method().equals("DELETE")) {
            body = RequestBody.create(new byte[0], null);
        }
        return http.method(request.method(), body).build();
    }

    private static byte[] toJson(Object body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String version() {
        String version = ApiCaller.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
