package io.cuedeck.server.http;

import io.cuedeck.protocol.ApiError;

/**
 * A request that cannot be served as asked, with the status, the {@link ApiError} code and a
 * sentence a producer can read. Thrown anywhere under a route; {@link ErrorMapping} answers it.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;
    private final long retryAfterSeconds;

    public ApiException(int status, String code, String message, String field) {
        this(status, code, message, field, 0);
    }

    /** With the seconds a client should wait before trying again (sent as Retry-After). */
    public ApiException(int status, String code, String message, String field, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException badJson(String message) {
        return new ApiException(400, "bad_json", message, null);
    }

    public static ApiException validation(String field, String message) {
        return new ApiException(400, "validation", message, field);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message, null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message, null);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message, null);
    }

    /** 409 with a specific code: conflict, not_live, already_open, duplicate, closed. */
    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message, null);
    }

    public static ApiException rateLimited(String message) {
        return new ApiException(429, "rate_limited", message, null);
    }

    public static ApiException rateLimited(String message, long retryAfterSeconds) {
        return new ApiException(429, "rate_limited", message, null, retryAfterSeconds);
    }

    public static ApiException unavailable(String message) {
        return new ApiException(503, "unavailable", message, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Seconds for Retry-After; 0 when the error says nothing about it. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The error body; a field or message quoting the client's text is made writable as JSON. */
    public ApiError body() {
        return new ApiError(code, io.cuedeck.server.Json.clean(getMessage()), io.cuedeck.server.Json.clean(field));
    }
}
