package io.cuedeck.console.capacity;

import io.cuedeck.connector.ValidationException;
import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Session;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostDraft;
import io.cuedeck.protocol.capacity.BoostNow;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Adding, editing and deleting boosts, with undo of the last delete, and Boost now. A form with
 * problems sends nothing; a refusal by the server lands on its field, in its words. After each
 * change {@code changed} refreshes the workspace. No Node.
 */
public final class BoostEdits {

    private final Session session;
    private final Jobs jobs;
    private final I18n i18n;
    private final Clock clock;
    private final Runnable changed;
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<Boost> lastDeleted = new SimpleObjectProperty<>(this, "lastDeleted");

    BoostEdits(Session session, Jobs jobs, I18n i18n, Clock clock, Runnable changed) {
        this.session = session;
        this.jobs = jobs;
        this.i18n = i18n;
        this.clock = clock;
        this.changed = changed;
    }

    /** Checks the form with the server's rules; the problems map follows. */
    public boolean check(BoostForm form, int maxUnits, long viewersPerUnit) {
        Map<String, String> found = form.problems(clock.instant(), maxUnits, viewersPerUnit);
        problems.clear();
        problems.putAll(found);
        return found.isEmpty();
    }

    /** Saves the form as a new boost ({@code boostId} null) or over {@code boostId}; {@code saved} on success. */
    public void save(BoostForm form, String boostId, int maxUnits, long viewersPerUnit, Consumer<Boost> saved) {
        if (!check(form, maxUnits, viewersPerUnit) || session.backend() == null) {
            message.set(i18n.format("capacity.form.invalid", problems.size()));
            return;
        }
        BoostDraft draft = form.toDraft();
        jobs.run(i18n.get("capacity.activity.save"), () -> boostId == null ? session.backend().addBoost(draft)
                : session.backend().updateBoost(boostId, draft), b -> {
                    message.set(i18n.format("capacity.saved", b.title()));
                    changed.run();
                    saved.accept(b);
                }, this::refused);
    }

    /** Deletes (cancels) the boost; {@link #undo} puts it back. */
    public void delete(Boost boost) {
        jobs.run(i18n.get("capacity.activity.delete"), () -> {
            session.backend().cancelBoost(boost.id());
            return boost;
        }, b -> {
            lastDeleted.set(b);
            message.set(i18n.format("capacity.deleted", b.title()));
            changed.run();
        }, this::refused);
    }

    public void undo() {
        Boost b = lastDeleted.get();
        if (b == null) {
            return;
        }
        jobs.run(i18n.get("capacity.activity.save"), () -> session.backend().updateBoost(b.id(), b.toDraft()), back -> {
            lastDeleted.set(null);
            message.set(i18n.format("capacity.restored", back.title()));
            changed.run();
        }, this::refused);
    }

    /** Capacity at once; the view asked for confirmation first. */
    public void boostNow(BoostNow request, Consumer<Boost> done) {
        jobs.run(i18n.get("capacity.activity.boostNow"), () -> session.backend().boostNow(request), b -> {
            message.set(i18n.format("capacity.boostNow.sent", b.units()));
            changed.run();
            done.accept(b);
        }, this::refused);
    }

    private void refused(Throwable error) {
        if (error instanceof ValidationException v && v.field() != null) {
            problems.put(v.field(), v.getMessage());
        }
        message.set(i18n.format("capacity.notSaved", Errors.describe(error, i18n)));
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Boost> lastDeletedProperty() {
        return lastDeleted;
    }
}
