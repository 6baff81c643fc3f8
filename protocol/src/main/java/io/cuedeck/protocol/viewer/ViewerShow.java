package io.cuedeck.protocol.viewer;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cuedeck.protocol.ShowStatus;
import java.time.Instant;

/**
 * What a viewer app may know about a show, from {@code GET /v1/shows/{showId}} (no token): its
 * title, where it is in its life, and when it is planned to start, if that was given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ViewerShow(String id, String title, ShowStatus status, Instant scheduledStart) {
}
