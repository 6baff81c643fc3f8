package io.cuedeck.console.rundown;

import io.cuedeck.console.common.Format;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.Session;
import io.cuedeck.protocol.Fire;
import io.cuedeck.protocol.Show;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The answer window of the latest fire: its countdown, Close (F9), which ends it now, and Reveal
 * (F10), which sends a poll's or quiz's results to viewers. Runs on the UI thread; the calls go
 * through {@link Jobs}.
 */
public final class AnswerWindow {

    private final Session session;
    private final Jobs jobs;
    private final I18n i18n;
    private final Clock clock;
    private final FireLog fires;
    private final FireOutcome outcome;
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final BooleanBinding canClose;
    private final BooleanBinding canReveal;
    /** Why take-control stops Close and Reveal here (another console holds it); null when it does not. */
    private final javafx.beans.property.StringProperty control = new javafx.beans.property.SimpleStringProperty(this, "control");

    AnswerWindow(Session session, Jobs jobs, I18n i18n, Clock clock, FireLog fires, FireOutcome outcome) {
        this.session = session;
        this.jobs = jobs;
        this.i18n = i18n;
        this.clock = clock;
        this.fires = fires;
        this.outcome = outcome;
        canClose = Bindings.createBooleanBinding(() -> control.get() == null && fires.latest() != null
                && !fires.latest().closed(), fires.latestProperty(), control);
        canReveal = Bindings.createBooleanBinding(() -> control.get() == null && fires.latest() != null
                && fires.latest().canReveal(), fires.latestProperty(), control);
    }

    /** Follows take-control: while {@code why} is not null, Close and Reveal are off (the backend would refuse them). */
    void controlledBy(javafx.beans.value.ObservableValue<String> why) {
        control.bind(why);
    }

    /** Close (F9): ends the latest fire's answer window now. */
    public void close() {
        act(fire -> !fire.closed(), "activity.close", Backend::close, FireInfo::closedNow, outcome::closed);
    }

    /** Reveal (F10): sends the results of the latest poll or quiz to viewers. */
    public void reveal() {
        act(FireInfo::canReveal, "activity.reveal", Backend::reveal, FireInfo::revealedNow, outcome::revealed);
    }

    /** Does {@code call} to the latest fire when it {@code applies}, then notes the change and says so. */
    private void act(Predicate<FireInfo> applies, String activity, FireCall call, UnaryOperator<FireInfo> change,
            Runnable say) {
        FireInfo fire = fires.latest();
        Show show = session.show();
        Backend backend = session.backend(); // at the press, on the UI thread
        if (fire == null || !applies.test(fire) || show == null || backend == null) {
            return;
        }
        if (control.get() != null) {
            outcome.blocked(control.get());
            return;
        }
        jobs.run(i18n.get(activity), () -> call.apply(backend, show.id(), fire.fireId()), done -> {
            fires.update(fire.fireId(), change);
            say.run();
        }, outcome::failed);
    }

    /** Close or Reveal on the backend. */
    private interface FireCall {
        Fire apply(Backend backend, String showId, String fireId);
    }

    /** Brings the countdown to now: called every second and whenever the latest fire changes. */
    void tick() {
        FireInfo fire = fires.latest();
        if (fire == null || fire.closed() || fire.closesAt() == null) {
            countdown.set("");
        } else {
            countdown.set(Format.clock(Duration.between(clock.instant(), fire.closesAt()).plusMillis(999)));
        }
    }

    /** Time left to answer, {@code mm:ss}; empty when no window is open. */
    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    /** Whether Close has a window to close. */
    public BooleanBinding canCloseProperty() {
        return canClose;
    }

    /** Whether Reveal has results to send (a poll or quiz not revealed yet). */
    public BooleanBinding canRevealProperty() {
        return canReveal;
    }
}
