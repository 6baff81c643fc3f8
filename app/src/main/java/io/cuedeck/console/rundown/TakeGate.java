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

    TakeGate(Session session, ArmTake armTake, Clock clock, I18n i18n) {
        this.session = session;
        this.armTake = armTake;
        this.clock = clock;
        this.i18n = i18n;
        reason = Bindings.createStringBinding(this::reasonNow,
                session.connectionProperty(), session.showProperty(), armTake.phaseProperty());
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
