package io.cuedeck.console.audit;

import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.Session;
import io.cuedeck.protocol.AuditEntry;
import io.cuedeck.protocol.AuditPage;
import io.cuedeck.protocol.Show;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The current show's audit trail, newest first, a page at a time (Load older): each entry as a row
 * of words (when, who and their role, what in the console's language, what it was done to, the
 * sentence, from which address, the request's key). UI thread only; reads go through {@link Jobs}.
 */
public final class AuditViewModel {

    static final int PAGE = 50;

    /** One entry as the table shows it. */
    public record Row(String time, String who, String action, String target, String detail, String address, String key) {
    }

    private final Session session;
    private final Jobs jobs;
    private final I18n i18n;
    private final DateTimeFormatter time;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private String next;
    private String showId;

    public AuditViewModel(Session session, Jobs jobs, I18n i18n, Clock clock) {
        this.session = session;
        this.jobs = jobs;
        this.i18n = i18n;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
    }

    /** Reads the newest page of the current show's trail (again). */
    public void refresh() {
        Show show = session.show();
        rows.clear();
        next = null;
        more.set(false);
        problem.set("");
        showId = show == null ? null : show.id();
        title.set(show == null ? i18n.get("audit.noShow") : i18n.format("audit.heading", show.title()));
        if (show != null) {
            load(null);
        }
    }

    /** Adds the next older page. */
    public void loadOlder() {
        if (next != null && !loading.get()) {
            load(next);
        }
    }

    private void load(String before) {
        Backend backend = session.backend();
        String show = showId;
        if (backend == null || show == null) {
            return;
        }
        loading.set(true);
        jobs.run(i18n.get("audit.activity"), () -> backend.audit(show, before, PAGE), page -> {
            loading.set(false);
            if (show.equals(showId)) {
                add(page);
            }
        }, error -> {
            loading.set(false);
            problem.set(Errors.describe(error, i18n));
        });
    }

    private void add(AuditPage page) {
        page.entries().forEach(e -> rows.add(row(e)));
        next = page.next();
        more.set(next != null);
        if (rows.isEmpty()) {
            problem.set(i18n.get("audit.empty"));
        }
    }

    private Row row(AuditEntry e) {
        String who = e.actor() == null ? "" : e.role() == null || !i18n.has("control.role." + e.role()) ? e.actor()
                : i18n.format("control.who", e.actor(), i18n.get("control.role." + e.role()));
        return new Row(time.format(e.at()), who, words(e.action()), nz(e.target()), nz(e.detail()), nz(e.address()),
                nz(e.idempotencyKey()));
    }

    /** The action in the console's language; one this console does not know (a newer server's) as it is. */
    private String words(String action) {
        return i18n.has("audit.action." + action) ? i18n.get("audit.action." + action) : action;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why nothing is shown (no entries yet, or the backend refused), in words; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Older entries exist. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
