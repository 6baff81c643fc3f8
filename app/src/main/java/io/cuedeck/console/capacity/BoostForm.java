package io.cuedeck.console.capacity;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostDraft;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit dialog's fields as text, in the console's time zone, and their problems by the
 * server's field names, checked as the producer types with the server's rules (start not in the
 * past unless an edit keeps it, end after start and within 7 days, a target in range, a lead of
 * 0-720 minutes), so a bad boost is named before anything is sent. No Node.
 */
public final class BoostForm {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final BooleanProperty inViewers = new SimpleBooleanProperty(this, "inViewers", true);
    private final StringProperty lead = new SimpleStringProperty(this, "lead", "60");
    private final ZoneId zone;
    private final I18n i18n;
    private String showId;
    private Instant keptStart;

    public BoostForm(ZoneId zone, I18n i18n) {
        this.zone = zone;
        this.i18n = i18n;
    }

    /** A new boost from {@code from} for two hours, in viewers, for {@code showId} (may be null). */
    public void fresh(Instant from, String show) {
        showId = show;
        keptStart = null;
        title.set("");
        start.set(FORMAT.format(from.atZone(zone)));
        end.set(FORMAT.format(from.plus(Duration.ofHours(2)).atZone(zone)));
        amount.set("50000");
        inViewers.set(true);
        lead.set("60");
    }

    public void load(Boost b) {
        showId = b.showId();
        keptStart = b.start();
        title.set(b.title());
        start.set(FORMAT.format(b.start().atZone(zone)));
        end.set(FORMAT.format(b.end().atZone(zone)));
        inViewers.set(b.expectedViewers() != null);
        amount.set(String.valueOf(b.expectedViewers() != null ? b.expectedViewers() : b.targetUnits()));
        lead.set(String.valueOf(b.leadMinutes()));
    }

    /** Problems by field, in the order of the dialog; empty when the boost may be sent. */
    public Map<String, String> problems(Instant now, int maxUnits, long viewersPerUnit) {
        Map<String, String> out = new LinkedHashMap<>();
        if (title.get() == null || title.get().isBlank() || title.get().strip().length() > 200) {
            out.put("title", i18n.get("capacity.form.title.invalid"));
        }
        Instant s = instant(start.get());
        Instant e = instant(end.get());
        if (s == null) {
            out.put("start", i18n.get("capacity.form.time.invalid"));
        } else if (s.isBefore(now) && !s.equals(keptStart)) {
            out.put("start", i18n.get("capacity.form.start.past"));
        }
        if (e == null) {
            out.put("end", i18n.get("capacity.form.time.invalid"));
        } else if (s != null && !e.isAfter(s)) {
            out.put("end", i18n.get("capacity.form.end.before"));
        } else if (s != null && Duration.between(s, e).compareTo(Duration.ofDays(7)) > 0) {
            out.put("end", i18n.get("capacity.form.end.long"));
        }
        Long value = number(amount.get());
        String field = inViewers.get() ? "expectedViewers" : "targetUnits";
        long units = value == null ? 0 : inViewers.get() ? (value + viewersPerUnit - 1) / viewersPerUnit : value;
        if (value == null || value < 1) {
            out.put(field, i18n.get("capacity.form.amount.invalid"));
        } else if (units > maxUnits) {
            out.put(field, i18n.format("capacity.form.amount.max", units, maxUnits));
        }
        Long minutes = number(lead.get());
        if (minutes == null || minutes < 0 || minutes > 720) {
            out.put("leadMinutes", i18n.get("capacity.form.lead.invalid"));
        }
        return out;
    }

    public BoostDraft toDraft() {
        Long value = number(amount.get());
        Long minutes = number(lead.get());
        return new BoostDraft(showId, title.get().strip(), instant(start.get()), instant(end.get()),
                inViewers.get() || value == null ? null : value.intValue(), inViewers.get() ? value : null,
                minutes == null ? null : minutes.intValue());
    }

    private Instant instant(String text) {
        try {
            return LocalDateTime.parse(text.strip(), FORMAT).atZone(zone).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    static Long number(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip().replace(",", "").replace("_", "").replace(" ", "");
        if (!digits.matches("-?[0-9]{1,12}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    /** True: the amount is expected viewers; false: units. */
    public BooleanProperty inViewersProperty() {
        return inViewers;
    }

    public StringProperty leadProperty() {
        return lead;
    }
}
