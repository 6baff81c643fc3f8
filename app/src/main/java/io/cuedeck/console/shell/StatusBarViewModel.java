package io.cuedeck.console.shell;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.console.common.ConnectionWords;
import io.cuedeck.console.common.Format;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.live.AudienceFigures;
import io.cuedeck.console.live.Freshness;
import io.cuedeck.console.live.LiveViewModel;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.Session;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.console.EngineStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar, always visible: the link (live / reconnecting with a countdown / lost, with a
 * colour class), the backend, the show on air, the wall clock and time on air, viewers now (a dash
 * before the first figure; dimmed, with the time of the last one, while stale), and the backend's
 * engines. {@link #onSecond()} refreshes the clocks and countdowns.
 */
public final class StatusBarViewModel {

    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Session session;
    private final I18n i18n;
    private final Clock clock;
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection", "");
    private final ReadOnlyStringWrapper connectionStyle = new ReadOnlyStringWrapper(this, "connectionStyle", "");
    private final ReadOnlyStringWrapper backend = new ReadOnlyStringWrapper(this, "backend", "");
    private final ReadOnlyStringWrapper show = new ReadOnlyStringWrapper(this, "show", "");
    private final ReadOnlyStringWrapper wallClock = new ReadOnlyStringWrapper(this, "wallClock", "");
    private final ReadOnlyStringWrapper onAir = new ReadOnlyStringWrapper(this, "onAir", "");
    private final ReadOnlyStringWrapper engines = new ReadOnlyStringWrapper(this, "engines", "");
    private final ReadOnlyBooleanWrapper enginesOk = new ReadOnlyBooleanWrapper(this, "enginesOk", true);
    private final ReadOnlyStringWrapper viewers = new ReadOnlyStringWrapper(this, "viewers", "");
    private final ReadOnlyStringWrapper unencrypted = new ReadOnlyStringWrapper(this, "unencrypted", "");
    private final AudienceFigures figures;
    private final Freshness freshness;

    public StatusBarViewModel(Session session, LiveViewModel live, I18n i18n, Clock clock) {
        this.session = session;
        this.i18n = i18n;
        this.clock = clock;
        this.figures = live.figures();
        this.freshness = live.freshness();
        figures.viewersProperty().addListener((o, a, b) -> describeViewers());
        figures.knownProperty().addListener((o, a, b) -> describeViewers());
        describeViewers();
        session.connectionProperty().addListener((o, a, b) -> onSecond());
        session.showProperty().addListener((o, a, b) -> onSecond());
        session.backendProperty().addListener((o, a, b) -> onSecond());
        session.enginesProperty().addListener((o, a, b) -> onSecond());
        onSecond();
    }

    public void onSecond() {
        ConnectionState state = session.connectionProperty().get();
        connection.set(ConnectionWords.describe(state, clock.instant(), i18n));
        connectionStyle.set(ConnectionWords.styleClass(state));
        Backend current = session.backend();
        backend.set(current == null ? i18n.get("status.noBackend")
                : current.embedded() ? i18n.get("status.embedded") : current.describe());
        Show s = session.show();
        show.set(s == null ? i18n.get("status.noShow") : i18n.format("status.show", s.title(), statusWord(s.status())));
        wallClock.set(WALL.format(clock.instant().atZone(ZoneId.systemDefault())));
        onAir.set(s != null && s.status() == ShowStatus.LIVE && s.liveAt() != null
                ? i18n.format("status.onAir", Format.clock(Duration.between(s.liveAt(), clock.instant()))) : "");
        describeEngines(session.isLive() ? session.enginesProperty().get() : null);
        unencrypted.set(current != null && current.unencrypted() ? i18n.get("tls.statusUnencrypted") : "");
    }

    /** A warning while the backend is reached over unencrypted http:// on the network; empty otherwise. */
    public ReadOnlyStringProperty unencryptedProperty() {
        return unencrypted.getReadOnlyProperty();
    }

    private void describeEngines(EngineStatus status) {
        if (status == null) {
            engines.set(i18n.get("status.enginesUnknown"));
            enginesOk.set(true);
            return;
        }
        enginesOk.set(status.hotUp() && status.coldUp());
        String text = i18n.format("status.engines", status.hot(), status.hotUp() ? "\u2713" : "\u2717",
                status.cold(), status.coldUp() ? "\u2713" : "\u2717");
        engines.set(status.message() == null ? text : text + " \u2014 " + status.message());
    }

    private void describeViewers() {
        viewers.set(figures.knownProperty().get() ? i18n.format("status.viewers", figures.viewersProperty().get())
                : i18n.get("status.viewers.none"));
    }

    private String statusWord(ShowStatus status) {
        return i18n.get("show.status." + status.name().toLowerCase());
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionStyleProperty() {
        return connectionStyle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backendProperty() {
        return backend.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty showProperty() {
        return show.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty wallClockProperty() {
        return wallClock.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty onAirProperty() {
        return onAir.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty enginesProperty() {
        return engines.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty enginesOkProperty() {
        return enginesOk.getReadOnlyProperty();
    }

    /** Viewers now in words ("280 viewers"), or a dash before the first figure of the show. */
    public ReadOnlyStringProperty viewersProperty() {
        return viewers.getReadOnlyProperty();
    }

    /** True while viewers now may not be current: the bar dims the number. */
    public ReadOnlyBooleanProperty viewersStaleProperty() {
        return freshness.staleProperty();
    }

    /** "as of 21:04:17" beside viewers now while it is stale; empty otherwise. */
    public ReadOnlyStringProperty viewersAsOfProperty() {
        return freshness.asOfProperty();
    }
}
