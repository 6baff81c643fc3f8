package io.cuedeck.protocol.viewer;

/** Body of the HTTP fallback {@code POST /v1/shows/{showId}/fires/{fireId}/ack}. */
public record ViewerAck(String viewerId) {
}
