package io.cuedeck.console.rundown;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.console.Delivery;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The last thing that happened to a fire, in words, and whether it went well: armed, sent to how
 * many viewers, the delivery as it progresses, closed, revealed, or what went wrong. One line under
 * the fire controls; the latest news replaces the line. Good news from the backend (sent,
 * delivered, revealed) is {@link #staleProperty() stale} while the console stream is not LIVE: its
 * numbers stopped moving, and the line is dimmed like the Live figures.
 */
public final class FireOutcome {

    /** How the line is coloured. */
    public enum Kind { NONE, INFO, OK, ERROR }

    private final I18n i18n;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind", Kind.NONE);

    private final BooleanBinding stale;

    FireOutcome(I18n i18n, ObservableValue<ConnectionState> link) {
        this.i18n = i18n;
        this.stale = Bindings.createBooleanBinding(() -> kind.get() == Kind.OK
                && (link.getValue() == null || !link.getValue().isLive()), kind, link);
    }

    /** True while the line reports what the backend said and the link to it is not LIVE. */
    public BooleanBinding staleProperty() {
        return stale;
    }

    void armed(Cue cue) {
        set(Kind.INFO, i18n.format("fire.armed", CueText.title(cue)));
    }

    void sent(FireReceipt receipt) {
        set(Kind.OK, i18n.format("fire.sent", receipt.targeted()));
    }

    /** Delivered can exceed connected-at-TAKE: viewers who join while the window is open get the cue too. */
    void delivered(Delivery d) {
        set(Kind.OK, i18n.format("fire.delivered", d.delivered(), d.targeted(), d.failed(), d.acks(), d.ackP95Ms()));
    }

    void closed() {
        set(Kind.INFO, i18n.get("fire.closed"));
    }

    void revealed() {
        set(Kind.OK, i18n.get("fire.revealed"));
    }

    /** TAKE pressed while it is off: the reason it is off. */
    void blocked(String reason) {
        set(Kind.ERROR, reason);
    }

    /** The backend refused the fire: nothing went out. */
    void notSent(Throwable error) {
        set(Kind.ERROR, i18n.format("fire.failed", Errors.describe(error, i18n)));
    }

    /** No answer to the TAKE: say that pressing it again is safe (it repeats the same request). */
    void unanswered(Throwable error) {
        set(Kind.ERROR, Errors.describe(error, i18n) + " " + i18n.get("fire.retrySafe"));
    }

    /** Any other failure (Close, Reveal, a cue still open on the backend), in the producer's words. */
    void failed(Throwable error) {
        set(Kind.ERROR, Errors.describe(error, i18n));
    }

    void clear() {
        set(Kind.NONE, "");
    }

    private void set(Kind newKind, String message) {
        text.set(message);
        kind.set(newKind);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }
}
