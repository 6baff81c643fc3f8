package io.cuedeck.console.control;

import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.Session;
import io.cuedeck.console.session.ShowFeed;
import io.cuedeck.protocol.Control;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.ControlChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Who holds TAKE for the current show, between consoles, from the backend's {@code control}
 * events: the words of the indicator ("You have control", "alice has control"), which steps this
 * console can take now (take, ask, hand over, keep, release, force once the holder did not answer
 * in time), and why TAKE is off while another console holds control. UI thread only; steps go
 * through {@link Jobs}.
 */
public final class ControlViewModel implements ShowFeed {

    /** What this console can do about control now. */
    public enum Mode {
        /** No show picked. */
        NONE,
        /** Nobody holds control: this console's first TAKE (or Take control) gets it. */
        FREE,
        /** This console holds control. */
        MINE,
        /** This console holds control and another console asks for it. */
        MINE_ASKED,
        /** Another console holds control. */
        OTHER,
        /** Another console holds control and this console asked for it. */
        ASKING
    }

    private final Session session;
    private final Jobs jobs;
    private final I18n i18n;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.NONE);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper takeBlocked = new ReadOnlyStringWrapper(this, "takeBlocked");
    private final ReadOnlyStringWrapper forceLabel = new ReadOnlyStringWrapper(this, "forceLabel", "");
    private final ReadOnlyBooleanWrapper canForce = new ReadOnlyBooleanWrapper(this, "canForce");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Control current; // null until the show's stream says
    private String showId;

    public ControlViewModel(Session session, Jobs jobs, I18n i18n, Clock clock) {
        this.session = session;
        this.jobs = jobs;
        this.i18n = i18n;
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(clock.getZone());
    }

    @Override
    public void onShow(Show show) {
        String id = show == null ? null : show.id();
        if (id == null || !id.equals(showId)) {
            current = null;
            problem.set("");
        }
        showId = id;
        refresh();
    }

    @Override
    public void onEvent(ConsoleEvent event) {
        if (event instanceof ControlChanged changed) {
            current = changed.control();
            refresh();
        }
    }

    /** Every second: the force countdown. */
    public void onSecond() {
        refresh();
    }

    public void take() {
        send("take");
    }

    public void request() {
        send("request");
    }

    public void accept() {
        send("accept");
    }

    public void decline() {
        send("decline");
    }

    /** Gives control up (to the console that asked, if one did), or withdraws this console's request. */
    public void release() {
        send("release");
    }

    public void force() {
        if (canForce.get()) {
            send("force");
        }
    }

    private void send(String step) {
        Backend backend = session.backend();
        Show show = session.show();
        if (backend == null || show == null) {
            return;
        }
        problem.set("");
        jobs.run(i18n.get("control.activity"), () -> backend.controlStep(show.id(), step), answer -> {
            if (session.show() != null && session.show().id().equals(show.id())) {
                current = answer;
                refresh();
            }
        }, error -> problem.set(Errors.describe(error, i18n)));
    }

    private void refresh() {
        Control c = current;
        Mode m = session.show() == null || c == null ? Mode.NONE : modeOf(c);
        mode.set(m);
        String holder = c == null || c.holder() == null ? "" : who(c.holder());
        String asker = c == null || c.requester() == null ? "" : who(c.requester());
        text.set(switch (m) {
            case NONE -> "";
            case FREE -> i18n.get("control.free");
            case MINE -> i18n.get("control.mine");
            case MINE_ASKED -> i18n.format("control.asked", asker);
            case OTHER -> c.requester() == null ? i18n.format("control.other", holder, time.format(c.holder().since()))
                    : i18n.format("control.otherAsked", holder, asker);
            case ASKING -> i18n.format("control.asking", holder);
        });
        takeBlocked.set(m == Mode.OTHER || m == Mode.ASKING ? i18n.format("control.takeOff", holder) : null);
        Instant forceAt = c == null ? null : c.forceAt();
        long left = forceAt == null ? 0 : Duration.between(clock.instant(), forceAt).toMillis();
        long wait = left <= 0 ? 0 : (left + 999) / 1000;
        canForce.set(m == Mode.ASKING && wait == 0);
        forceLabel.set(m == Mode.ASKING && wait > 0 ? i18n.format("control.forceIn", wait) : i18n.get("control.force"));
    }

    private static Mode modeOf(Control c) {
        if (c.holder() == null) {
            return Mode.FREE;
        }
        if (c.holder().you()) {
            return c.requester() == null ? Mode.MINE : Mode.MINE_ASKED;
        }
        return c.requester() != null && c.requester().you() ? Mode.ASKING : Mode.OTHER;
    }

    private String who(Control.Operator operator) {
        return operator.role() == null || !i18n.has("control.role." + operator.role()) ? operator.name()
                : i18n.format("control.who", operator.name(), i18n.get("control.role." + operator.role()));
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The indicator's words. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Why TAKE is off because another console holds control; null when control does not stop TAKE. */
    public ReadOnlyStringProperty takeBlockedProperty() {
        return takeBlocked.getReadOnlyProperty();
    }

    /** "Force take", or "Force take in 7 s" while the holder still has time to answer. */
    public ReadOnlyStringProperty forceLabelProperty() {
        return forceLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canForceProperty() {
        return canForce.getReadOnlyProperty();
    }

    /** Why the last step failed, in words; empty when it worked. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
