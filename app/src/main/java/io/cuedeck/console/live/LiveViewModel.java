package io.cuedeck.console.live;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.Session;
import io.cuedeck.console.session.ShowFeed;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.Tick;
import java.time.Clock;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

/**
 * The Live workspace: the audience now ({@link AudienceFigures}), the last hour as charts
 * ({@link LiveSeries}) with a marker at every fire and the latest fire's delivery and tally
 * ({@link ShowFires}), and whether all that is current ({@link Freshness}). Fed by the console
 * stream on the UI thread; the viewer history comes from the show report when a show is picked.
 */
public final class LiveViewModel implements ShowFeed {

    private final Session session;
    private final Jobs jobs;
    private final LiveSeries series;
    private final AudienceFigures figures;
    private final ShowFires fires;
    private final Freshness freshness;
    private final RehearsalViewModel rehearsal;
    private String shownId;

    public LiveViewModel(Session session, Jobs jobs, I18n i18n, Clock clock, Function<String, Cue> cues,
            RehearsalViewModel rehearsal) {
        this.session = session;
        this.jobs = jobs;
        this.rehearsal = rehearsal;
        this.series = new LiveSeries(i18n.get("live.chart.viewers"), i18n.get("live.chart.heartbeats"),
                i18n.get("live.chart.joins"), i18n.get("live.chart.leaves"));
        this.figures = new AudienceFigures(i18n);
        this.fires = new ShowFires(cues);
        this.freshness = new Freshness(i18n, clock, session.connectionProperty());
    }

    @Override
    public void onShow(Show show) {
        if (show != null && show.id().equals(shownId)) {
            return;
        }
        shownId = show == null ? null : show.id();
        series.clear();
        fires.clear();
        figures.clear();
        freshness.forget();
        Backend backend = session.backend(); // read here, on the UI thread, not in the job
        if (show != null && backend != null) {
            jobs.quietly(() -> backend.showReport(show.id()), report -> {
                if (show.id().equals(shownId)) {
                    series.backfill(report.viewerCurve());
                }
            }, ignoredNoHistory -> { });
        }
    }

    @Override
    public void onSnapshot(LiveStatus status) {
        figures.snapshot(status);
        freshness.received(false);
    }

    @Override
    public void onEvent(ConsoleEvent event) {
        if (event instanceof Tick tick) {
            onTick(tick);
        } else {
            fires.onEvent(event);
        }
    }

    /** One second of the audience: the tile, the change per minute and the charts; the figures are current again. */
    public void onTick(Tick tick) {
        if (series.add(tick)) {
            figures.tick(tick);
        }
        freshness.received(true);
    }

    /** Every second, on the FX thread: a live link that stopped ticking makes the figures stale. */
    public void onSecond() {
        Show show = session.show();
        if (show != null && show.status() != ShowStatus.ENDED) { // an ended show stops ticking: its figures are final
            freshness.checkSilence();
        }
    }

    public LiveSeries series() {
        return series;
    }

    public AudienceFigures figures() {
        return figures;
    }

    public Freshness freshness() {
        return freshness;
    }

    public ObservableList<FireMarker> markers() {
        return fires.markers();
    }

    /** The latest fire's delivery and tally; null before the first fire of the show. */
    public ReadOnlyObjectProperty<FireProgress> fireProperty() {
        return fires.latestProperty();
    }

    public ReadOnlyLongProperty viewersProperty() {
        return figures.viewersProperty();
    }

    /** Viewers now minus viewers a minute ago (or since the first tick, within the first minute). */
    public ReadOnlyLongProperty perMinuteProperty() {
        return figures.perMinuteProperty();
    }

    public ReadOnlyDoubleProperty heartbeatsProperty() {
        return figures.heartbeatsProperty();
    }

    public ReadOnlyLongProperty joinsMinuteProperty() {
        return figures.joinsMinuteProperty();
    }

    public ReadOnlyLongProperty leavesMinuteProperty() {
        return figures.leavesMinuteProperty();
    }

    public RehearsalViewModel rehearsal() {
        return rehearsal;
    }
}
