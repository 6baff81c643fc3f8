package io.cuedeck.console.capacity;

import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.Session;
import io.cuedeck.console.session.ShowFeed;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostNow;
import io.cuedeck.protocol.capacity.CapacityPlan;
import io.cuedeck.protocol.capacity.CapacityState;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.Tick;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Capacity workspace: the boosts of the past day and the next two, the plan and the provider's
 * state (refreshed every 10 s in the background), the chart's series, the preflight of the selected
 * show, and the commands ({@link BoostEdits}, {@link CalendarImportModel}). Properties change on the
 * UI thread only. No Node.
 */
public final class CapacityViewModel implements ShowFeed {

    public static final Duration PAST = Duration.ofHours(24);
    public static final Duration AHEAD = Duration.ofHours(48);
    static final int REFRESH_SECONDS = 10;

    private record Snapshot(List<Boost> boosts, CapacityPlan plan, CapacityState state) {
    }

    private final Session session;
    private final Jobs jobs;
    private final I18n i18n;
    private final Clock clock;
    private final CapacityWords words;
    private final CapacitySeries series;
    private final Preflight preflight;
    private final BoostEdits edits;
    private final CalendarImportModel calendar;
    private final ObservableList<Boost> boosts = FXCollections.observableArrayList();
    private final ObservableList<Preflight.Line> checks = FXCollections.observableArrayList();
    private final ObjectProperty<CapacityState> state = new SimpleObjectProperty<>(this, "state");
    private final ObjectProperty<Boost> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Instant> now;
    private final StringProperty providerText = new SimpleStringProperty(this, "providerText", "");
    private final StringProperty errorText = new SimpleStringProperty(this, "errorText", "");
    private final BooleanProperty go = new SimpleBooleanProperty(this, "go", false);
    private int seconds;
    private boolean loading;

    public CapacityViewModel(Session session, Jobs jobs, I18n i18n, Clock clock) {
        this.session = session;
        this.jobs = jobs;
        this.i18n = i18n;
        this.clock = clock;
        this.now = new SimpleObjectProperty<>(this, "now", clock.instant());
        this.words = new CapacityWords(i18n, ZoneId.systemDefault());
        this.series = new CapacitySeries(i18n.get("capacity.chart.desired"), i18n.get("capacity.chart.ready"),
                i18n.get("capacity.chart.viewers"));
        this.preflight = new Preflight(i18n, words);
        this.edits = new BoostEdits(session, jobs, i18n, clock, this::refresh);
        this.calendar = new CalendarImportModel(session, jobs, i18n, words, this::refresh);
        session.connectionProperty().addListener((o, a, b) -> recheck());
        session.enginesProperty().addListener((o, a, b) -> recheck());
    }

    @Override
    public void onShow(Show show) {
        series.clearViewers();
        refresh();
    }

    @Override
    public void onEvent(ConsoleEvent event) {
        if (event instanceof Tick tick && state.get() != null) {
            series.viewers(tick.t() / 1000, tick.viewers(), state.get().viewersPerUnit());
        }
    }

    /** Called every second on the UI thread: the now line moves, and every 10 s a refresh. */
    public void onSecond() {
        now.set(clock.instant());
        if (++seconds % REFRESH_SECONDS == 0) {
            refresh();
        }
    }

    /** Reads boosts, plan and state in the background; the lists follow on the UI thread. */
    public void refresh() {
        Backend backend = session.backend();
        if (backend == null || loading) {
            return;
        }
        loading = true;
        Instant at = clock.instant();
        String showId = session.show() == null ? null : session.show().id();
        jobs.quietly(() -> new Snapshot(backend.boosts(at.minus(PAST), at.plus(AHEAD)),
                backend.capacityPlan(at.minus(PAST), at.plus(AHEAD)), backend.capacity(showId)), s -> {
                    loading = false;
                    apply(s, at);
                }, error -> {
                    loading = false;
                    errorText.set(i18n.format("capacity.unreachable", Errors.describe(error, i18n)));
                    recheck();
                });
    }

    private void apply(Snapshot s, Instant at) {
        Boost chosen = selected.get();
        boosts.setAll(s.boosts());
        state.set(s.state());
        if (chosen != null) {
            selected.set(s.boosts().stream().filter(b -> b.id().equals(chosen.id())).findFirst().orElse(null));
        }
        series.plan(s.plan());
        if (s.state().checkedAt() != null) {
            series.ready(s.state().checkedAt(), s.state().readyUnits());
        }
        providerText.set(words.provider(s.state()));
        errorText.set(words.error(s.state()));
        now.set(at);
        recheck();
    }

    private void recheck() {
        List<Preflight.Line> lines = preflight.check(session.show(), state.get(), boosts,
                session.enginesProperty().get(), session.isLive(), clock.instant());
        checks.setAll(lines);
        go.set(Preflight.go(lines));
    }

    /** "Boost now to 12 units (60,000 viewers) for 15 minutes?" for the confirmation. */
    public String boostNowQuestion(long amount, boolean inViewers, int holdMinutes) {
        long perUnit = perUnit();
        int units = (int) (inViewers ? (amount + perUnit - 1) / perUnit : amount);
        long viewers = inViewers ? amount : amount * perUnit;
        return i18n.format("capacity.boostNow.question", units, viewers, holdMinutes);
    }

    /** Sends a boost now for the current show (when one is picked). */
    public void boostNow(long amount, boolean inViewers, int holdMinutes, String reason) {
        String showId = session.show() == null ? null : session.show().id();
        BoostNow request = new BoostNow(inViewers ? null : (int) amount, inViewers ? amount : null, holdMinutes, reason,
                showId);
        edits.boostNow(request, b -> selected.set(b));
    }

    /** The server's figure; before it is known, the server's default (CUEDECK_VIEWERS_PER_UNIT). */
    public long perUnit() {
        return state.get() == null ? 3_000 : state.get().viewersPerUnit();
    }

    public int maxUnits() {
        return state.get() == null ? 50 : state.get().maxUnits();
    }

    /** A new boost's form, for the current show, starting in an hour. */
    public BoostForm newForm() {
        BoostForm form = new BoostForm(ZoneId.systemDefault(), i18n);
        Instant start = clock.instant().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        form.fresh(start, session.show() == null ? null : session.show().id());
        return form;
    }

    public BoostForm editForm(Boost b) {
        BoostForm form = new BoostForm(ZoneId.systemDefault(), i18n);
        form.load(b);
        return form;
    }

    public ObservableList<Boost> boosts() {
        return boosts;
    }

    public ObservableList<Preflight.Line> checks() {
        return checks;
    }

    public ObjectProperty<CapacityState> stateProperty() {
        return state;
    }

    public ObjectProperty<Boost> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    public StringProperty providerTextProperty() {
        return providerText;
    }

    public StringProperty errorTextProperty() {
        return errorText;
    }

    public BooleanProperty goProperty() {
        return go;
    }

    public CapacitySeries series() {
        return series;
    }

    public BoostEdits edits() {
        return edits;
    }

    public CalendarImportModel calendar() {
        return calendar;
    }

    public CapacityWords words() {
        return words;
    }

    public I18n i18n() {
        return i18n;
    }

    public Session session() {
        return session;
    }
}
