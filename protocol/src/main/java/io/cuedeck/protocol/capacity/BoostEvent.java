package io.cuedeck.protocol.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One step of a boost's history: when it entered {@code status}, and why, in words. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BoostEvent(Instant at, BoostStatus status, String detail) {
}
