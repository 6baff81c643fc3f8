package io.cuedeck.console.rundown;

import io.cuedeck.console.common.ConnectionWords;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.session.Session;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Why TAKE cannot fire right now, in words the producer reads under the button; null when it can.
 * Follows the link, the show and the arm by itself; {@link #refresh} brings the reconnect
 * countdown in the reason up to the second.
 */
final class TakeGate {

    private final Session session;
    private final ArmTake armTake;
    private final Clock clock;
    private final I18n i18n;
    private final StringBinding reason;
    /** Why control of the show stops TAKE (another console holds it); null when it does not. */
    private final StringProperty control = new SimpleStringProperty(this, "control");

    TakeGate(Session session, ArmTake armTake, Clock clock, I18n i18n) {
        this.session = session;
        this.armTake = armTake;
        this.clock = clock;
        this.i18n = i18n;
        reason = Bindings.createStringBinding(this::reasonNow,
                session.connectionProperty(), session.showProperty(), armTake.phaseProperty(), control);
    }

    /** Follows take-control: while {@code why} is not null, TAKE is off for that reason. */
    void controlledBy(ObservableValue<String> why) {
        control.bind(why);
    }

    /** Recomputes the reason now (the clock moved: the reconnect countdown in it). */
    void refresh() {
        reason.invalidate();
    }

    private String reasonNow() {
        Show show = session.show();
        if (show == null) {
            return i18n.get("take.noShow");
        }
        if (show.status() != ShowStatus.LIVE) {
            return i18n.get("take.notOnAir");
        }
        if (!session.isLive()) {
            return i18n.format("take.notConnected",
                    ConnectionWords.describe(session.connectionProperty().get(), clock.instant(), i18n));
        }
        if (control.get() != null) {
            return control.get();
        }
        return switch (armTake.phase()) {
            case IDLE -> i18n.get("take.nothingArmed");
            case TAKING -> i18n.get("take.sending");
            case ARMED -> null;
        };
    }

    String reason() {
        return reason.get();
    }

    StringExpression reasonProperty() {
        return reason;
    }
}
