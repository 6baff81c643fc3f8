package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every error body: a stable machine {@code error} code, a {@code message} a producer can read,
 * and for validation errors the {@code field} at fault (e.g. {@code options[2].en}).
 * Codes: bad_request, bad_json, validation, payload_too_large, unauthorized, forbidden, not_found,
 * method_not_allowed, request_timeout, conflict, not_live, already_open, duplicate and closed (a
 * viewer's answer over HTTP), uri_too_long, upgrade_required, rate_limited, too_many_unfinished,
 * too_many_sockets, headers_too_large, full, unavailable, http_version_not_supported, internal.
 * docs/API.md says when each is used.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String field) {

    public ApiError(String error, String message) {
        this(error, message, null);
    }
}
