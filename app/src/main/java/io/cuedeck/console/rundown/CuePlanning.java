package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The cue's capacity planning, as the editor holds it: the planned moment as local text
 * ({@code 2026-12-04 20:45}, empty for none) in the console's time zone, and whether a push
 * notification goes out with it. Kept apart from the cue's content rules; no Node.
 */
public final class CuePlanning {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StringProperty plannedText = new SimpleStringProperty(this, "plannedText", "");
    private final BooleanProperty push = new SimpleBooleanProperty(this, "push", false);
    private final ZoneId zone;

    public CuePlanning(ZoneId zone) {
        this.zone = zone;
    }

    public StringProperty plannedTextProperty() {
        return plannedText;
    }

    public BooleanProperty pushProperty() {
        return push;
    }

    /** The planned instant, or null when there is none or the text cannot be read (see {@link #problem}). */
    public Instant plannedAt() {
        String text = plannedText.get() == null ? "" : plannedText.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, FORMAT).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** True only when a push goes out, so a cue without one keeps the field out of its JSON. */
    public Boolean push() {
        return push.get() ? Boolean.TRUE : null;
    }

    /** Unreadable planned text, under the server's field name. */
    public Optional<Problem> problem(I18n i18n) {
        String text = plannedText.get() == null ? "" : plannedText.get().strip();
        if (!text.isEmpty() && plannedAt() == null) {
            return Optional.of(new Problem("plannedAt", i18n.get("capacity.editor.plannedAt.invalid")));
        }
        return Optional.empty();
    }

    public void load(Instant plannedAt, Boolean pushes) {
        plannedText.set(plannedAt == null ? "" : FORMAT.format(plannedAt.atZone(zone)));
        push.set(Boolean.TRUE.equals(pushes));
    }
}
