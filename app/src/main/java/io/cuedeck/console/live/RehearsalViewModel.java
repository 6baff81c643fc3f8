package io.cuedeck.console.live;

import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.common.Settings;
import io.cuedeck.console.session.RehearsalAudience;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The rehearsal audience control on the Live workspace: shown only on the embedded backend; the
 * chosen size is remembered per user and applied to the simulated crowd in the background.
 */
public final class RehearsalViewModel {

    public static final int MIN = 0;
    public static final int MAX = 5000;
    public static final int DEFAULT = 300;

    private final Jobs jobs;
    private final I18n i18n;
    private final Settings settings;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target", DEFAULT);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private RehearsalAudience audience;

    public RehearsalViewModel(Jobs jobs, I18n i18n, Settings settings) {
        this.jobs = jobs;
        this.i18n = i18n;
        this.settings = settings;
        target.set(clamp(settings.getInt(Settings.AUDIENCE, DEFAULT)));
    }

    /** The crowd of the embedded backend, or null on a remote backend. */
    public void attach(RehearsalAudience crowd) {
        this.audience = crowd;
        available.set(crowd != null);
        status.set(crowd == null ? "" : i18n.format("rehearsal.status", chosen()));
    }

    /** Applies the chosen size to the crowd and remembers it. */
    public void apply() {
        RehearsalAudience crowd = audience;
        int wanted = clamp(target.get());
        target.set(wanted);
        settings.set(Settings.AUDIENCE, wanted);
        if (crowd == null) {
            return;
        }
        jobs.run(i18n.get("activity.audience"), () -> {
            crowd.resize(wanted);
            return wanted;
        }, size -> status.set(i18n.format("rehearsal.status", size)),
                error -> status.set(Errors.describe(error, i18n)));
    }

    /** The size the user chose (also the start size of the next rehearsal). */
    public int chosen() {
        return clamp(target.get());
    }

    private static int clamp(int value) {
        return Math.max(MIN, Math.min(MAX, value));
    }

    public IntegerProperty targetProperty() {
        return target;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
