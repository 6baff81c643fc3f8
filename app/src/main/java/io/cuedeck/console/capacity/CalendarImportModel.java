package io.cuedeck.console.capacity;

import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Session;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.ImportResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Importing a calendar in two steps: a preview (the server's dry run) of what would be added,
 * changed and removed, then the import itself, with the step in progress in words. The source is
 * an .ics file on this computer or a URL (which the server then polls). No Node.
 */
public final class CalendarImportModel {

    private final Session session;
    private final Jobs jobs;
    private final I18n i18n;
    private final CapacityWords words;
    private final Runnable imported;
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObjectProperty<ImportResult> preview = new SimpleObjectProperty<>(this, "preview");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final StringProperty progress = new SimpleStringProperty(this, "progress", "");
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done", false);

    CalendarImportModel(Session session, Jobs jobs, I18n i18n, CapacityWords words, Runnable imported) {
        this.session = session;
        this.jobs = jobs;
        this.i18n = i18n;
        this.words = words;
        this.imported = imported;
    }

    /** A file path or an http(s)/webcal URL, as typed or chosen. */
    public StringProperty sourceProperty() {
        return source;
    }

    public void reset() {
        source.set("");
        preview.set(null);
        busy.set(false);
        progress.set("");
        done.set(false);
    }

    /** Step 1: asks the server what the calendar would change; stores nothing. */
    public void preview() {
        run(true, "capacity.import.previewing");
    }

    /** Step 2: imports what the preview showed. */
    public void apply() {
        run(false, "capacity.import.importing");
    }

    private void run(boolean dryRun, String step) {
        String from = source.get() == null ? "" : source.get().strip();
        if (from.isEmpty() || busy.get() || session.backend() == null) {
            progress.set(i18n.get("capacity.import.noSource"));
            return;
        }
        busy.set(true);
        done.set(false);
        progress.set(i18n.get(step));
        boolean url = from.matches("(?i)(https?|webcal)://.*");
        jobs.run(i18n.get(step), () -> url ? session.backend().importCalendarUrl(from, dryRun)
                : session.backend().importCalendar(Files.readAllBytes(Path.of(from)), name(from), dryRun), result -> {
                    busy.set(false);
                    preview.set(result);
                    progress.set(i18n.format(dryRun ? "capacity.import.previewed" : "capacity.import.done",
                            result.added().size(), result.changed().size(), result.removed().size(),
                            result.unchanged().size()));
                    if (!dryRun) {
                        done.set(true);
                        imported.run();
                    }
                }, error -> {
                    busy.set(false);
                    progress.set(i18n.format("capacity.import.failed", error instanceof java.io.IOException
                            ? i18n.format("capacity.import.unreadable", from) : Errors.describe(error, i18n)));
                });
    }

    /** The file's name without its extension: the same file imported again updates its boosts. */
    private static String name(String path) {
        String file = Path.of(path).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** One line per boost of a preview list: "Evening news · Wed 24 Mar 20:00 · 10 units (50,000 viewers)". */
    public List<String> lines(List<Boost> boosts) {
        return boosts.stream().map(b -> b.title() + " \u00b7 " + words.day(b.start()) + " \u00b7 "
                + i18n.format("capacity.units", b.units())).toList();
    }

    public ObjectProperty<ImportResult> previewProperty() {
        return preview;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public BooleanProperty doneProperty() {
        return done;
    }
}
