package io.cuedeck.server.control;

import io.cuedeck.server.config.ConfigSource;
import java.time.Duration;

/**
 * Take-control timing, read from the server's {@link ConfigSource}.
 *
 * @param lease      CUEDECK_CONTROL_LEASE_SECONDS, default 15: how long control outlives the holding
 *                   console's last sign of life (its console stream renews it every second)
 * @param forceAfter CUEDECK_CONTROL_FORCE_SECONDS, default 10: how long a request for control waits
 *                   for the holder's answer before the asking console may force the take
 */
public record ControlConfig(Duration lease, Duration forceAfter) {

    public static ControlConfig from(ConfigSource src) {
        return new ControlConfig(Duration.ofSeconds(src.getInt("CUEDECK_CONTROL_LEASE_SECONDS", 15, 3, 3_600)),
                Duration.ofSeconds(src.getInt("CUEDECK_CONTROL_FORCE_SECONDS", 10, 0, 3_600)));
    }
}
