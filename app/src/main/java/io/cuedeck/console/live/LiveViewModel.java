package io.cuedeck.console.live;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Session;
import io.cuedeck.console.session.ShowFeed;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.Delivery;
import io.cuedeck.protocol.console.FireStarted;
import io.cuedeck.protocol.console.Tally;
import io.cuedeck.protocol.console.Tick;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Live workspace: viewers now and their change per minute, the last hour as charts with a
 * marker at every fire, and the latest fire's delivery and tally. Fed by the console stream on
 * the UI thread; the viewer history comes from the show report when a show is picked.
 */
public final class LiveViewModel implements ShowFeed {

    private final Session session;
    private final Jobs jobs;
    private final Function<String, Cue> cues;
    private final LiveSeries series;
    private final Deque<long[]> lastMinute = new ArrayDeque<>();
    private final ObservableList<FireMarker> markers = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper viewers = new ReadOnlyLongWrapper(this, "viewers");
    private final ReadOnlyLongWrapper perMinute = new ReadOnlyLongWrapper(this, "perMinute");
    private final ReadOnlyDoubleWrapper heartbeats = new ReadOnlyDoubleWrapper(this, "heartbeats");
    private final ReadOnlyLongWrapper joinsMinute = new ReadOnlyLongWrapper(this, "joinsMinute");
    private final ReadOnlyLongWrapper leavesMinute = new ReadOnlyLongWrapper(this, "leavesMinute");
    private final ReadOnlyObjectWrapper<FireProgress> fire = new ReadOnlyObjectWrapper<>(this, "fire");
    private final RehearsalViewModel rehearsal;
    private String shownId;

    public LiveViewModel(Session session, Jobs jobs, I18n i18n, Function<String, Cue> cues, RehearsalViewModel rehearsal) {
        this.session = session;
        this.jobs = jobs;
        this.cues = cues;
        this.rehearsal = rehearsal;
        this.series = new LiveSeries(i18n.get("live.chart.viewers"), i18n.get("live.chart.heartbeats"),
                i18n.get("live.chart.joins"), i18n.get("live.chart.leaves"));
    }

    @Override
    public void onShow(Show show) {
        if (show != null && show.id().equals(shownId)) {
            return;
        }
        shownId = show == null ? null : show.id();
        series.clear();
        markers.clear();
        lastMinute.clear();
        fire.set(null);
        viewers.set(0);
        perMinute.set(0);
        if (show != null) {
            jobs.quietly(() -> session.backend().showReport(show.id()), report -> {
                if (show.id().equals(shownId)) {
                    series.backfill(report.viewerCurve());
                }
            }, ignoredNoHistory -> { });
        }
    }

    @Override
    public void onSnapshot(LiveStatus status) {
        viewers.set(status.viewers());
        heartbeats.set(status.heartbeatsPerSecond());
        joinsMinute.set(status.joinsLastMinute());
        leavesMinute.set(status.leavesLastMinute());
    }

    @Override
    public void onEvent(ConsoleEvent event) {
        if (event instanceof Tick tick) {
            onTick(tick);
        } else if (event instanceof FireStarted started) {
            Cue cue = cues.apply(started.cueId());
            String label = cue == null ? started.kind().name().toLowerCase() : io.cuedeck.console.rundown.CueText.title(cue);
            markers.add(new FireMarker(started.fireId(), started.firedAt().toEpochMilli() / 1000.0, label));
            fire.set(FireProgress.started(started, cue));
        } else if (event instanceof Delivery delivery) {
            FireProgress now = fire.get();
            if (now != null && now.fireId().equals(delivery.fireId())) {
                fire.set(now.with(delivery));
            }
        } else if (event instanceof Tally tally) {
            FireProgress now = fire.get();
            if (now != null && now.fireId().equals(tally.fireId())) {
                fire.set(now.with(tally));
            }
        }
    }

    /** One second of the audience: the tile, the change per minute and the charts. */
    public void onTick(Tick tick) {
        if (!series.add(tick)) {
            return;
        }
        viewers.set(tick.viewers());
        heartbeats.set(tick.heartbeatsPerSecond());
        lastMinute.addLast(new long[] {tick.t(), tick.viewers(), tick.joins(), tick.leaves()});
        while (lastMinute.size() > 1 && tick.t() - lastMinute.peekFirst()[0] > 60_000) {
            lastMinute.removeFirst();
        }
        perMinute.set(tick.viewers() - lastMinute.peekFirst()[1]);
        joinsMinute.set(lastMinute.stream().mapToLong(s -> s[2]).sum());
        leavesMinute.set(lastMinute.stream().mapToLong(s -> s[3]).sum());
    }

    public LiveSeries series() {
        return series;
    }

    public ObservableList<FireMarker> markers() {
        return markers;
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

    /** The latest fire's delivery and tally; null before the first fire of the show. */
    public ReadOnlyObjectProperty<FireProgress> fireProperty() {
        return fire.getReadOnlyProperty();
    }

    public RehearsalViewModel rehearsal() {
        return rehearsal;
    }
}
