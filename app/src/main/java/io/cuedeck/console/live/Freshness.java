package io.cuedeck.console.live;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.console.common.I18n;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Whether the live figures (viewers, heartbeats, joins and leaves, the latest fire) are current, so
 * that a frozen number is never read as live on air. They are stale while the console stream is not
 * LIVE (connecting, reconnecting, lost) and stay stale after it comes back until a fresh tick
 * arrives. On a LIVE link they also turn stale when no figures came for {@link #SILENCE} (the
 * backend ticks every second; a link that is up but silent is as frozen as one that is down).
 * While stale, {@link #asOfProperty()} gives the local time at which the last figures were
 * received ("as of 21:04:17"); it is empty when they are current, or when none came for this show.
 */
public final class Freshness {

    /** Five missed ticks: long enough not to flicker on a slow second, short enough to notice on air. */
    static final Duration SILENCE = Duration.ofSeconds(5);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final I18n i18n;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", true);
    private final ReadOnlyStringWrapper asOf = new ReadOnlyStringWrapper(this, "asOf", "");
    private boolean live;
    private Instant lastReceived;

    Freshness(I18n i18n, Clock clock, ObservableValue<ConnectionState> connection) {
        this.i18n = i18n;
        this.clock = clock;
        connection.addListener((o, before, now) -> onConnection(now));
        onConnection(connection.getValue());
    }

    private void onConnection(ConnectionState state) {
        live = state != null && state.isLive();
        if (!live) {
            stale.set(true);
        }
        refresh();
    }

    /** Figures arrived now; a tick on a live link makes them current, a snapshot only updates the time. */
    void received(boolean tick) {
        lastReceived = clock.instant();
        if (tick && live) {
            stale.set(false);
        }
        refresh();
    }

    /** Called every second while the show can tick (not ended): figures older than {@link #SILENCE} are stale. */
    void checkSilence() {
        if (!stale.get() && lastReceived != null && clock.instant().isAfter(lastReceived.plus(SILENCE))) {
            stale.set(true);
            refresh();
        }
    }

    /** Another show: nothing received for it yet. */
    void forget() {
        lastReceived = null;
        stale.set(true);
        refresh();
    }

    private void refresh() {
        asOf.set(stale.get() && lastReceived != null
                ? i18n.format("live.asOf", TIME.format(lastReceived.atZone(clock.getZone()))) : "");
    }

    /** True while the figures on screen may not be the audience now. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** "as of 21:04:17" while stale, the local time of the last figures received; else empty. */
    public ReadOnlyStringProperty asOfProperty() {
        return asOf.getReadOnlyProperty();
    }
}
