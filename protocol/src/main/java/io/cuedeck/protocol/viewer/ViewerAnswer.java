package io.cuedeck.protocol.viewer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of the HTTP fallback {@code POST /v1/shows/{showId}/fires/{fireId}/answer}; answered 200 with
 * an {@link AcceptedMessage}, or 409 with error {@code duplicate} or {@code closed}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ViewerAnswer(String viewerId, Integer choice, String text) {
}
