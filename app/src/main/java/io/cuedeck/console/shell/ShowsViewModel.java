package io.cuedeck.console.shell;

import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.common.Settings;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.Session;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowStatus;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Shows: the list of the backend's shows, picking one (remembered per user), creating one, going
 * live, and ending (the view asks for confirmation first; ending cannot be undone).
 */
public final class ShowsViewModel {

    private final Session session;
    private final Jobs jobs;
    private final I18n i18n;
    private final Settings settings;
    private final ObservableList<Show> shows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public ShowsViewModel(Session session, Jobs jobs, I18n i18n, Settings settings) {
        this.session = session;
        this.jobs = jobs;
        this.i18n = i18n;
        this.settings = settings;
    }

    /**
     * Reloads the list and picks a show: the one last used, else {@code preferredId}, else the
     * first live show, else the newest.
     */
    public void refresh(String preferredId) {
        Backend backend = session.backend(); // on the UI thread, at the call; results for another backend are dropped
        if (backend == null) {
            return;
        }
        jobs.run(i18n.get("activity.loadShows"), backend::shows, loaded -> {
            if (session.backend() != backend) {
                return;
            }
            shows.setAll(loaded);
            Show current = session.show();
            if (current == null || loaded.stream().noneMatch(s -> s.id().equals(current.id()))) {
                pick(choose(loaded, settings.get(Settings.LAST_SHOW, null), preferredId));
            }
        }, error -> notice.set(Errors.describe(error, i18n)));
    }

    static Show choose(List<Show> shows, String lastId, String preferredId) {
        for (String id : new String[] {lastId, preferredId}) {
            for (Show show : shows) {
                if (show.id().equals(id) && show.status() != ShowStatus.ENDED) {
                    return show;
                }
            }
        }
        return shows.stream().filter(s -> s.status() == ShowStatus.LIVE).findFirst()
                .orElse(shows.stream().filter(s -> s.status() == ShowStatus.DRAFT).reduce((a, b) -> b).orElse(null));
    }

    public void pick(Show show) {
        if (show != null && session.show() != null && show.id().equals(session.show().id())) {
            return;
        }
        if (show != null) {
            settings.set(Settings.LAST_SHOW, show.id());
        }
        session.setShow(show);
    }

    public void create(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            notice.set(i18n.get("shows.badTitle"));
            return;
        }
        Backend backend = session.backend();
        if (backend == null) {
            return;
        }
        jobs.run(i18n.get("activity.createShow"), () -> backend.createShow(NewShow.titled(clean)), created -> {
            shows.add(created);
            pick(created);
            notice.set(i18n.format("shows.created", created.title()));
        }, error -> notice.set(Errors.describe(error, i18n)));
    }

    public void goLive() {
        change(ShowStatus.LIVE, "activity.goLive", "shows.nowLive");
    }

    /** Ends the current show; the view has already asked the producer to confirm. */
    public void end() {
        change(ShowStatus.ENDED, "activity.endShow", "shows.ended");
    }

    private void change(ShowStatus status, String activityKey, String doneKey) {
        Show show = session.show();
        Backend backend = session.backend();
        if (show == null || backend == null) {
            return;
        }
        jobs.run(i18n.get(activityKey), () -> backend.updateShow(show.id(), ShowPatch.status(status)), updated -> {
            int at = shows.indexOf(show);
            if (at >= 0) {
                shows.set(at, updated);
            }
            session.updateShow(updated);
            notice.set(i18n.format(doneKey, updated.title()));
        }, error -> notice.set(Errors.describe(error, i18n)));
    }

    public ObservableList<Show> shows() {
        return shows;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
