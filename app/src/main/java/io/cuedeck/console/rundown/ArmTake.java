package io.cuedeck.console.rundown;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The two-step fire: ARM a cue, then TAKE it. One idempotency key per TAKE press: the press mints
 * it, the connector reuses it on its own retries, and when the answer never came (timeout, lost
 * link) the key stays with the armed cue so the next TAKE repeats the same request and the
 * backend fires at most once. A TAKE while one is in flight, or after the arm was used, sends
 * nothing: a double TAKE fires once.
 */
public final class ArmTake {

    /** Where the two-step fire is. */
    public enum Phase { IDLE, ARMED, TAKING }

    /** A request to send: fire {@code cueId} with {@code key}. */
    public record Take(String cueId, String key, boolean refire) {
    }

    private final Supplier<String> keys;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyStringWrapper armedCueId = new ReadOnlyStringWrapper(this, "armedCueId");
    private String pendingKey;

    public ArmTake() {
        this(() -> UUID.randomUUID().toString());
    }

    public ArmTake(Supplier<String> keys) {
        this.keys = keys;
    }

    /** Arms a cue (replacing any other armed cue); ignored while a TAKE is in flight. */
    public boolean arm(String cueId) {
        if (phase.get() == Phase.TAKING) {
            return false;
        }
        if (!cueId.equals(armedCueId.get())) {
            pendingKey = null;
        }
        armedCueId.set(cueId);
        phase.set(Phase.ARMED);
        return true;
    }

    public void disarm() {
        if (phase.get() == Phase.ARMED) {
            phase.set(Phase.IDLE);
            armedCueId.set(null);
            pendingKey = null;
        }
    }

    /** A TAKE press: the request to send, or empty when nothing is armed or a TAKE is in flight. */
    public Optional<Take> take(boolean refire) {
        if (phase.get() != Phase.ARMED) {
            return Optional.empty();
        }
        if (pendingKey == null) {
            pendingKey = keys.get();
        }
        phase.set(Phase.TAKING);
        return Optional.of(new Take(armedCueId.get(), pendingKey, refire));
    }

    /** The fire went out: the arm is used up. */
    public void succeeded() {
        pendingKey = null;
        armedCueId.set(null);
        phase.set(Phase.IDLE);
    }

    /**
     * The backend refused (nothing was sent): stay armed, and the next press gets a new key.
     */
    public void refused() {
        pendingKey = null;
        phase.set(Phase.ARMED);
    }

    /** No answer: we cannot know whether it fired, so stay armed and keep the key for the retry. */
    public void unanswered() {
        phase.set(Phase.ARMED);
    }

    public Phase phase() {
        return phase.get();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public String armedCueId() {
        return armedCueId.get();
    }

    public ReadOnlyStringProperty armedCueIdProperty() {
        return armedCueId.getReadOnlyProperty();
    }

    /** The key a retry would reuse, if the last TAKE went unanswered. */
    public Optional<String> pendingKey() {
        return Optional.ofNullable(pendingKey);
    }
}
