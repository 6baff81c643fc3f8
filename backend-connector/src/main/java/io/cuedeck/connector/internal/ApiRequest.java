package io.cuedeck.connector.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * One API request as the client means it: method, URL, optional JSON body, extra headers, whether it
 * is safe to send twice ({@code safeToRepeat}) and whether it carries the bearer token.
 */
public record ApiRequest(String method, HttpUrl url, Object body, Map<String, String> headers,
                         boolean safeToRepeat, boolean authenticated) {

    public static ApiRequest get(HttpUrl url) {
        return new ApiRequest("GET", url, null, Map.of(), true, true);
    }

    /** A request that changes something; not repeated unless marked {@link #idempotent()}. */
    public static ApiRequest send(String method, HttpUrl url, Object body) {
        return new ApiRequest(method, url, body, Map.of(), false, true);
    }

    /** Marks a change that the server applies once however often it arrives (a keyed fire, close, reveal). */
    public ApiRequest idempotent() {
        return new ApiRequest(method, url, body, headers, true, authenticated);
    }

    public ApiRequest withoutToken() {
        return new ApiRequest(method, url, body, headers, safeToRepeat, false);
    }

    public ApiRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiRequest(method, url, body, Map.copyOf(more), safeToRepeat, authenticated);
    }

    /** A body sent as these bytes with this media type instead of as JSON (a calendar file). */
    public record Raw(byte[] bytes, String mediaType) {
    }

    /** What a log line calls this request: method and path, never the query or a token. */
    public String describe() {
        return method + " " + url.encodedPath();
    }
}
