package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One producer action in a show's audit trail. {@code action} is a dotted name ({@code cue.fired},
 * {@code show.live}, {@code control.forced}, ...; clients show unknown ones as they are);
 * {@code actor} is the name of the token that acted (never the token), {@code role} its role;
 * {@code address} the client's address; {@code idempotencyKey} the request's key where it had one;
 * {@code target} what was acted on (a cue or fire id); {@code detail} a short sentence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(
        String id,
        String showId,
        Instant at,
        String action,
        String actor,
        String role,
        String address,
        String idempotencyKey,
        String target,
        String detail) {
}
