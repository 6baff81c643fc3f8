package io.cuedeck.protocol.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One request of the scheduler to the provider, stored with its {@code id} before it is sent:
 * {@code pending} until the provider accepted it ({@code done}) or refused it after the retries
 * ({@code failed}, with the {@code error} in words). {@code boostId} names the boost that caused it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityAction(
        String id,
        Instant at,
        int desiredUnits,
        String reason,
        String boostId,
        String outcome,
        String error,
        Instant settledAt) {

    public static final String PENDING = "pending";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
}
