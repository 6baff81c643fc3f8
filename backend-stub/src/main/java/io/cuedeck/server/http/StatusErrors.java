package io.cuedeck.server.http;

import io.cuedeck.protocol.ApiError;
import io.cuedeck.server.Json;
import java.nio.charset.StandardCharsets;

/**
 * The API's error for a bare HTTP status, when the server or Jetty refuses a request before any
 * route has a say (a malformed request line, header or escape, a body too large or too slow).
 * The detail Jetty gives is kept only when it is short plain text: it never echoes the request.
 */
public final class StatusErrors {

    private StatusErrors() {
    }

    public static ApiError of(int status, String detail) {
        String why = plain(detail) ? " (" + detail + ")" : "";
        return switch (status) {
            case 400 -> new ApiError("bad_request", "The request is malformed" + why
                    + ": check its path, query, headers and body encoding.");
            case 401 -> new ApiError("unauthorized", "Send a token: Authorization: Bearer <token>.");
            case 403 -> new ApiError("forbidden", "This request is not allowed here.");
            case 404 -> new ApiError("not_found", "There is no such route.");
            case 405 -> new ApiError("method_not_allowed", "This method is not allowed on this route.");
            case 408 -> new ApiError("request_timeout", "The request did not arrive in time; send it again.");
            case 413 -> new ApiError("payload_too_large", "The request body is larger than "
                    + Bodies.MAX_BYTES / 1024 + " KiB.");
            case 414 -> new ApiError("uri_too_long", "The request's path and query are too long.");
            case 426 -> new ApiError("upgrade_required", "This server speaks WebSocket version 13 only.");
            case 429 -> new ApiError("rate_limited", "Too many requests; wait for the time in Retry-After.");
            case 431 -> new ApiError("headers_too_large", "The request's headers are too large.");
            case 503 -> new ApiError("unavailable", "The server cannot take this request now; try again shortly.");
            case 505 -> new ApiError("http_version_not_supported", "Send HTTP/1.1 requests.");
            default -> status >= 500 ? ErrorMapping.internal()
                    : new ApiError("bad_request", "The request cannot be served" + why + ".");
        };
    }

    public static byte[] json(ApiError error) {
        return Json.write(error).getBytes(StandardCharsets.UTF_8);
    }

    /** Jetty's reasons are fixed phrases (\"Bad UTF-8 encoding\"); anything else is not shown. */
    private static boolean plain(String detail) {
        return detail != null && !detail.isBlank() && detail.length() <= 80 && detail.matches("[A-Za-z0-9 .,:;='()_-]+")
                && !detail.matches("\\d{3}");
    }
}
