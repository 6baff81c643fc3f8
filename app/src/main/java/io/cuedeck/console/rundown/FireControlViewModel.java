package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Session;
import io.cuedeck.console.session.ShowFeed;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.Delivery;
import java.time.Clock;
import java.util.function.Function;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * ARM and TAKE for the current show, with the explicit re-fire of a cue that is live. Its parts:
 * the two-step state and the idempotency key ({@link ArmTake}), why TAKE is off ({@link TakeGate}),
 * sending a TAKE ({@link TakeSender}), the fires the console knows of ({@link FireLog}), the open
 * answer window ({@link AnswerWindow}) and the words about every fire ({@link FireOutcome}).
 * Runs on the UI thread; network calls go through {@link Jobs}.
 */
public final class FireControlViewModel implements ShowFeed {

    private final ArmTake armTake = new ArmTake();
    private final FireLog fires = new FireLog();
    private final FireOutcome outcome;
    private final AnswerWindow window;
    private final TakeSender sender;
    private final TakeGate gate;
    private final ReadOnlyStringWrapper refireAsk = new ReadOnlyStringWrapper(this, "refireAsk");
    private String currentShowId;

    public FireControlViewModel(Session session, Jobs jobs, I18n i18n, Clock clock, Function<String, Cue> cues) {
        this.outcome = new FireOutcome(i18n, session.connectionProperty());
        this.window = new AnswerWindow(session, jobs, i18n, clock, fires, outcome);
        this.sender = new TakeSender(session, jobs, i18n, armTake, fires, outcome, cues, refireAsk::set);
        this.gate = new TakeGate(session, armTake, clock, i18n);
        fires.latestProperty().addListener((o, a, b) -> onSecond());
    }

    /** ARM (F8): highlights the cue and shows its preview. */
    public void arm(Cue cue) {
        if (cue != null && armTake.arm(cue.id())) {
            outcome.armed(cue);
        }
    }

    public void disarm() {
        armTake.disarm();
    }

    /** TAKE (F12, Numpad Enter, the button). A cue that is live asks for an explicit re-fire first. */
    public void take() {
        gate.refresh();
        if (gate.reason() != null) {
            boolean repeatAfterFire = armTake.phase() != ArmTake.Phase.ARMED
                    && outcome.kindProperty().get() == FireOutcome.Kind.OK;
            if (!repeatAfterFire) {
                outcome.blocked(gate.reason());
            }
            return;
        }
        String cueId = armTake.armedCueId();
        if (fires.openFireOf(cueId).isPresent()) {
            refireAsk.set(cueId);
            return;
        }
        sender.send(false);
    }

    /** The producer confirmed the re-fire: the open window closes and the cue goes out again. */
    public void confirmRefire() {
        if (refireAsk.get() != null) {
            refireAsk.set(null);
            sender.send(true);
        }
    }

    public void cancelRefire() {
        refireAsk.set(null);
    }

    /** Called every second: the countdown and the reconnect countdown in TAKE's reason. */
    public void onSecond() {
        window.tick();
        gate.refresh();
    }

    @Override
    public void onShow(Show show) {
        if (show == null || !show.id().equals(currentShowId)) {
            fires.clear();
            armTake.succeeded();
            outcome.clear();
        }
        currentShowId = show == null ? null : show.id();
        gate.refresh();
    }

    @Override
    public void onSnapshot(LiveStatus status) {
        fires.onSnapshot(status);
    }

    @Override
    public void onEvent(ConsoleEvent event) {
        fires.onEvent(event);
        if (event instanceof Delivery d && fires.latest() != null && fires.latest().fireId().equals(d.fireId())) {
            outcome.delivered(d);
        }
    }

    public ArmTake armTake() {
        return armTake;
    }

    public FireLog fires() {
        return fires;
    }

    public FireOutcome outcome() {
        return outcome;
    }

    /** The latest fire's answer window: countdown, Close, Reveal. */
    public AnswerWindow window() {
        return window;
    }

    /** TAKE, Close and Reveal are also off while {@code why} says so: another console holds control of the show. */
    public void gateOnControl(javafx.beans.value.ObservableValue<String> why) {
        gate.controlledBy(why);
        window.controlledBy(why);
    }

    /** Why TAKE is off, in words; null when TAKE would fire now. */
    public StringExpression takeBlockedProperty() {
        return gate.reasonProperty();
    }

    /** The cue id waiting for a re-fire confirmation, or null. */
    public ReadOnlyStringProperty refireAskProperty() {
        return refireAsk.getReadOnlyProperty();
    }
}
