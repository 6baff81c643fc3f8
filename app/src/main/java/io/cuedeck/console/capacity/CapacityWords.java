package io.cuedeck.console.capacity;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.capacity.BoostSource;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.protocol.capacity.CapacityState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Capacity in words a producer reads: statuses, sources, times, and the provider's state. */
public final class CapacityWords {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    private final I18n i18n;
    private final ZoneId zone;

    public CapacityWords(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    public String status(BoostStatus s) {
        return i18n.get("capacity.status." + s.wire());
    }

    public String source(BoostSource s) {
        return i18n.get("capacity.source." + s.name().toLowerCase(java.util.Locale.ROOT));
    }

    public String clock(Instant at) {
        return at == null ? "\u2014" : CLOCK.format(at.atZone(zone));
    }

    public String day(Instant at) {
        return at == null ? "\u2014" : DAY.withLocale(i18n.locale()).format(at.atZone(zone));
    }

    /** "Simulated provider: 12 units desired, 8 ready, 8 in service; all ready at about 19:03." */
    public String provider(CapacityState s) {
        if (s == null) {
            return i18n.get("capacity.provider.unknown");
        }
        String name = i18n.has("capacity.provider." + s.provider()) ? i18n.get("capacity.provider." + s.provider())
                : s.provider();
        String units = i18n.format("capacity.provider.units", name, s.desiredUnits(), s.readyUnits(), s.inServiceUnits());
        if (s.readyAt() != null && s.readyUnits() < s.desiredUnits()) {
            units += " " + i18n.format("capacity.provider.readyAt", clock(s.readyAt()));
        }
        return units;
    }

    /** The provider's last error in words, or empty. */
    public String error(CapacityState s) {
        if (s == null || s.lastError() == null) {
            return "";
        }
        return i18n.format("capacity.provider.error", clock(s.lastErrorAt()), s.lastError());
    }

    /** "12 units (60,000 viewers)". */
    public String target(int units, long viewersPerUnit) {
        return i18n.format("capacity.target", units, (long) units * viewersPerUnit);
    }
}
