package io.cuedeck.server.capacity.provider;

import io.cuedeck.server.capacity.CapacityConfig;
import java.time.Clock;

/** Picks the provider that {@code CUEDECK_CAPACITY_PROVIDER} names. */
public final class Providers {

    private Providers() {
    }

    public static CapacityProvider create(CapacityConfig config, Clock clock) {
        switch (config.provider()) {
            case CapacityConfig.AWS_ASG:
                return AsgProvider.create(config);
            case CapacityConfig.WEBHOOK:
                return new WebhookProvider(config.webhookUrl(), config.webhookSecret());
            default:
                return new SimulatedProvider(clock, config.simProvision(), config.baselineUnits());
        }
    }
}
