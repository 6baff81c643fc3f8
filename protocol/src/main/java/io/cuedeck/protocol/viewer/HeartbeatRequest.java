package io.cuedeck.protocol.viewer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /v1/shows/{showId}/heartbeat}. {@code viewerId} is a UUID the viewer app made;
 * {@code platform} (e.g. ios, android, web, tv), {@code region} and {@code lang} are optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeartbeatRequest(String viewerId, String platform, String region, String lang) {
}
