package io.cuedeck.console.reports;

import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Backend;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.ShowStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Reports workspace: the backend's shows (newest first) filtered by title, day range and
 * status; the chosen show's report and figures; one fire's report (the drill-down); the comparison
 * of two to five shows; and the exports ({@link ReportExport}). Every backend call goes through
 * {@link Jobs}, and a late answer for a show the user has left is dropped. Properties change on
 * the UI thread only. No Node.
 */
public final class ReportsViewModel {

    public static final int COMPARE_MIN = 2;
    public static final int COMPARE_MAX = 5;

    private final ObjectProperty<Backend> backend = new SimpleObjectProperty<>(this, "backend");
    private final Jobs jobs;
    private final I18n i18n;
    private final Clock clock;
    private final ZoneId zone;
    private final ReportExport export;
    private final ObservableList<Show> all = FXCollections.observableArrayList();
    private final FilteredList<Show> shows = new FilteredList<>(all, s -> true);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<ShowStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Show> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<ShowReport> report = new SimpleObjectProperty<>(this, "report");
    private final ObjectProperty<ReportFigures> figures = new SimpleObjectProperty<>(this, "figures");
    private final ObservableList<FireReport> fires = FXCollections.observableArrayList();
    private final ObjectProperty<FireReport> fire = new SimpleObjectProperty<>(this, "fire");
    private final ObservableList<Show> compareChoice = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> comparison = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private int generation;

    public ReportsViewModel(Jobs jobs, Executor ui, I18n i18n, Clock clock, ZoneId zone, FolderOpener opener) {
        this.jobs = jobs;
        this.i18n = i18n;
        this.clock = clock;
        this.zone = zone;
        this.export = new ReportExport(jobs, ui, i18n, opener);
        search.addListener((o, a, b) -> refilter());
        from.addListener((o, a, b) -> refilter());
        to.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        backend.addListener((o, a, b) -> {
            all.clear();
            clearReport();
            compareChoice.clear();
            comparison.clear();
            refresh();
        });
    }

    /** Follows the console's backend (bind it to the session's). */
    public ObjectProperty<Backend> backendProperty() {
        return backend;
    }

    /** Reads the backend's shows in the background. */
    public void refresh() {
        Backend b = backend.get();
        if (b == null) {
            return;
        }
        error.set("");
        jobs.run(i18n.get("reports.job.shows"), b::shows, list -> {
            if (b != backend.get()) {
                return;
            }
            List<Show> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(ReportsViewModel::when, Comparator.nullsLast(Comparator.reverseOrder())));
            all.setAll(sorted);
            message.set(all.isEmpty() ? i18n.get("reports.noShows") : "");
        }, e -> error.set(i18n.format("reports.error.shows", Errors.describe(e, i18n))));
    }

    private static java.time.Instant when(Show s) {
        return s.liveAt() != null ? s.liveAt() : s.scheduledStart() != null ? s.scheduledStart() : s.createdAt();
    }

    private void refilter() {
        ShowFilter filter = new ShowFilter(search.get(), from.get(), to.get(), status.get(), zone);
        shows.setPredicate(filter);
    }

    /** Opens the show's report (the list's selection). */
    public void open(Show show) {
        selected.set(show);
        clearReport();
        Backend b = backend.get();
        if (show == null || b == null) {
            return;
        }
        int mine = ++generation;
        loading.set(true);
        jobs.run(i18n.format("reports.job.report", show.title()), () -> b.showReport(show.id()), r -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            report.set(r);
            figures.set(ReportFigures.of(r));
            fires.setAll(r.fires() == null ? List.of() : r.fires());
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                error.set(i18n.format("reports.error.report", show.title(), Errors.describe(e, i18n)));
            }
        });
    }

    /** The drill-down: the fire's own report, read fresh. */
    public void openFire(FireReport summary) {
        Show show = selected.get();
        Backend b = backend.get();
        if (summary == null || show == null || b == null) {
            fire.set(null);
            return;
        }
        fire.set(summary);
        int mine = generation;
        jobs.run(i18n.get("reports.job.fire"), () -> b.fireReport(show.id(), summary.fireId()), r -> {
            if (mine == generation && fire.get() != null && fire.get().fireId().equals(r.fireId())) {
                fire.set(r);
            }
        }, e -> {
            if (mine == generation) {
                error.set(i18n.format("reports.error.fire", Errors.describe(e, i18n)));
            }
        });
    }

    /** Ticks or unticks a show for the comparison; at most five. Answers whether it is now chosen. */
    public boolean toggleCompare(Show show) {
        if (compareChoice.removeIf(s -> s.id().equals(show.id()))) {
            return false;
        }
        if (compareChoice.size() >= COMPARE_MAX) {
            error.set(i18n.format("reports.compare.tooMany", COMPARE_MAX));
            return false;
        }
        compareChoice.add(show);
        return true;
    }

    /** Reads the chosen shows' reports (two to five) and fills the comparison. */
    public void compare() {
        Backend b = backend.get();
        List<Show> chosen = List.copyOf(compareChoice);
        if (b == null) {
            return;
        }
        if (chosen.size() < COMPARE_MIN) {
            error.set(i18n.format("reports.compare.tooFew", COMPARE_MIN, COMPARE_MAX));
            return;
        }
        error.set("");
        jobs.run(i18n.format("reports.job.compare", chosen.size()),
                () -> b.compare(chosen.stream().map(Show::id).toList()).shows().stream().map(CompareRow::of).toList(),
                comparison::setAll, e -> error.set(i18n.format("reports.error.compare", Errors.describe(e, i18n))));
    }

    private void clearReport() {
        generation++;
        loading.set(false);
        report.set(null);
        figures.set(null);
        fires.clear();
        fire.set(null);
        error.set("");
    }

    public ObservableList<Show> shows() {
        return shows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<ShowStatus> statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Show> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ShowReport> reportProperty() {
        return report;
    }

    public ReadOnlyObjectProperty<ReportFigures> figuresProperty() {
        return figures;
    }

    public ObservableList<FireReport> fires() {
        return fires;
    }

    public ReadOnlyObjectProperty<FireReport> fireProperty() {
        return fire;
    }

    public ObservableList<Show> compareChoice() {
        return compareChoice;
    }

    public ObservableList<CompareRow> comparison() {
        return comparison;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ReportExport export() {
        return export;
    }

    public ReportWords words() {
        return new ReportWords(i18n, zone);
    }

    public I18n i18n() {
        return i18n;
    }

    public ZoneId zone() {
        return zone;
    }
}
