package io.cuedeck.server.capacity.provider;

import java.time.Instant;

/**
 * A provider's answer: units asked for, running, and ready for viewers; {@code readyAt} is when the
 * desired units are expected to be ready (null when they are, or when the provider cannot tell).
 */
public record ProviderState(int desired, int inService, int ready, Instant readyAt) {
}
