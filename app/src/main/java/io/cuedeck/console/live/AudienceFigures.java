package io.cuedeck.console.live;

import io.cuedeck.console.common.Format;
import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.console.Tick;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The audience right now, from the ticks and snapshots of the show: viewers, their change over the
 * last minute, heartbeats per second, joins and leaves of the last minute. Until the first figure
 * of the show arrives the texts are a dash, never a 0 that reads as an empty audience.
 */
public final class AudienceFigures {

    /** What a figure shows before any arrived. */
    public static final String NONE = "\u2014";

    private final I18n i18n;
    private final Deque<long[]> lastMinute = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper known = new ReadOnlyBooleanWrapper(this, "known");
    private final ReadOnlyLongWrapper viewers = new ReadOnlyLongWrapper(this, "viewers");
    private final ReadOnlyLongWrapper perMinute = new ReadOnlyLongWrapper(this, "perMinute");
    private final ReadOnlyDoubleWrapper heartbeats = new ReadOnlyDoubleWrapper(this, "heartbeats");
    private final ReadOnlyLongWrapper joinsMinute = new ReadOnlyLongWrapper(this, "joinsMinute");
    private final ReadOnlyLongWrapper leavesMinute = new ReadOnlyLongWrapper(this, "leavesMinute");

    AudienceFigures(I18n i18n) {
        this.i18n = i18n;
    }

    /** Another show: nothing known yet. */
    void clear() {
        lastMinute.clear();
        viewers.set(0);
        perMinute.set(0);
        heartbeats.set(0);
        joinsMinute.set(0);
        leavesMinute.set(0);
        known.set(false);
    }

    void snapshot(LiveStatus status) {
        viewers.set(status.viewers());
        heartbeats.set(status.heartbeatsPerSecond());
        joinsMinute.set(status.joinsLastMinute());
        leavesMinute.set(status.leavesLastMinute());
        known.set(true);
    }

    /** One more second of the audience. */
    void tick(Tick tick) {
        viewers.set(tick.viewers());
        heartbeats.set(tick.heartbeatsPerSecond());
        lastMinute.addLast(new long[] {tick.t(), tick.viewers(), tick.joins(), tick.leaves()});
        while (lastMinute.size() > 1 && tick.t() - lastMinute.peekFirst()[0] > 60_000) {
            lastMinute.removeFirst();
        }
        perMinute.set(tick.viewers() - lastMinute.peekFirst()[1]);
        joinsMinute.set(lastMinute.stream().mapToLong(s -> s[2]).sum());
        leavesMinute.set(lastMinute.stream().mapToLong(s -> s[3]).sum());
        known.set(true);
    }

    public String viewersText() {
        return known.get() ? Format.count(viewers.get(), i18n.locale()) : NONE;
    }

    /** "+12 / min"; a dash until a tick came (a snapshot says nothing about the change). */
    public String perMinuteText() {
        return i18n.format("live.perMinute", lastMinute.isEmpty() ? NONE : Format.signed(perMinute.get(), i18n.locale()));
    }

    public String heartbeatsText() {
        return known.get() ? Format.rate(heartbeats.get(), i18n.locale()) : NONE;
    }

    public String joinsText() {
        return known.get() ? Format.count(joinsMinute.get(), i18n.locale()) : NONE;
    }

    public String leavesText() {
        return known.get() ? Format.count(leavesMinute.get(), i18n.locale()) : NONE;
    }

    /** True once a tick or snapshot of the show arrived. */
    public ReadOnlyBooleanProperty knownProperty() {
        return known.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty viewersProperty() {
        return viewers.getReadOnlyProperty();
    }

    /** Viewers now minus viewers a minute ago (or since the first tick, within the first minute). */
    public ReadOnlyLongProperty perMinuteProperty() {
        return perMinute.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty heartbeatsProperty() {
        return heartbeats.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty joinsMinuteProperty() {
        return joinsMinute.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty leavesMinuteProperty() {
        return leavesMinute.getReadOnlyProperty();
    }
}
