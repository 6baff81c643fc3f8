package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every error body: a stable machine {@code error} code, a {@code message} a producer can read,
 * and for validation errors the {@code field} at fault (e.g. {@code options[2].en}).
 * Codes: bad_json, validation, payload_too_large, unauthorized, forbidden, not_found,
 * method_not_allowed, conflict, not_live, already_open, duplicate and closed (a viewer's answer
 * over HTTP), rate_limited, unavailable, internal. docs/API.md says when each is used.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String field) {

    public ApiError(String error, String message) {
        this(error, message, null);
    }
}
