package io.cuedeck.protocol;

import java.util.List;

/** Body of {@code PUT /api/v1/shows/{showId}/rundown}: every cue id of the show, once, in the new order. */
public record RundownOrder(List<String> order) {
}
