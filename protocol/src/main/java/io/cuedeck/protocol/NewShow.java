package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Body of {@code POST /api/v1/shows}. {@code id} is optional (the server makes one when absent);
 * when given it is 1-64 characters of {@code [A-Za-z0-9_-]}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewShow(String id, String title, Instant scheduledStart, Instant scheduledEnd) {

    public static NewShow titled(String title) {
        return new NewShow(null, title, null, null);
    }
}
