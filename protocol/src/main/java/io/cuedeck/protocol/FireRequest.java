package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Optional body of {@code POST .../cues/{cueId}/fire}. {@code refire: true} fires a cue whose
 * previous answer window is still open (the old window closes first).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FireRequest(Boolean refire) {
}
