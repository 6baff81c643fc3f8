package io.cuedeck.console.rundown;

import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Session;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.Show;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ObservableList;

/**
 * Changes to the rundown list: a saved cue, duplicate, delete with undo, reorder. The screen
 * changes at once and the backend is told in the background; when it refuses, the screen goes
 * back and the notice says why. A deleted cue can be brought back (Undo) at its old place: it is
 * created again from its content.
 */
public final class RundownEdits {

    private final Session session;
    private final Jobs jobs;
    private final I18n i18n;
    private final ObservableList<Cue> cues;
    private final ObjectProperty<Cue> selected;
    private final Consumer<String> notice;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private Cue lastDeleted;
    private int lastDeletedAt;

    RundownEdits(Session session, Jobs jobs, I18n i18n, ObservableList<Cue> cues, ObjectProperty<Cue> selected,
            Consumer<String> notice) {
        this.session = session;
        this.jobs = jobs;
        this.i18n = i18n;
        this.cues = cues;
        this.selected = selected;
        this.notice = notice;
    }

    /** A cue the backend saved takes its place in the list (a new cue goes at the end) and is selected. */
    void put(Cue saved) {
        int at = CueIds.indexOf(cues, saved.id());
        if (at >= 0) {
            cues.set(at, saved);
        } else {
            cues.add(saved);
        }
        selected.set(saved);
    }

    /** Duplicate (Ctrl+D): a copy of the selected cue right after it, then selected. */
    public void duplicateSelected() {
        Cue cue = selected.get();
        if (cue == null) {
            return;
        }
        Show show = session.show();
        int at = cues.indexOf(cue);
        List<String> order = CueIds.of(cues);
        jobs.run(i18n.get("activity.duplicate"), () -> {
            Cue copy = session.backend().addCue(show.id(), cue.toDraft());
            order.add(at + 1, copy.id());
            session.backend().reorder(show.id(), order);
            return copy;
        }, copy -> {
            cues.add(at + 1, copy);
            notice.accept(i18n.format("rundown.duplicated", CueText.title(cue)));
            selected.set(copy);
        }, error -> notice.accept(Errors.describe(error, i18n)));
    }

    /** Delete (the Delete key): the selected cue leaves the list now; Undo can bring it back. */
    public void deleteSelected() {
        Cue cue = selected.get();
        if (cue == null) {
            return;
        }
        selected.set(null);
        Show show = session.show();
        int at = cues.indexOf(cue);
        cues.remove(cue);
        jobs.run(i18n.get("activity.delete"), () -> {
            session.backend().deleteCue(show.id(), cue.id());
            return cue;
        }, deleted -> {
            lastDeleted = deleted;
            lastDeletedAt = at;
            canUndo.set(true);
            notice.accept(i18n.format("rundown.deleted", CueText.title(deleted)));
        }, error -> {
            cues.add(Math.min(at, cues.size()), cue);
            notice.accept(Errors.describe(error, i18n));
        });
    }

    /** Undo delete (Ctrl+Z): the last deleted cue of this show comes back at its place, selected. */
    public void undoDelete() {
        Cue cue = lastDeleted;
        Show show = session.show();
        if (cue == null || show == null || !cue.showId().equals(show.id())) {
            return;
        }
        int at = Math.min(lastDeletedAt, cues.size());
        lastDeleted = null;
        canUndo.set(false);
        List<String> order = CueIds.of(cues);
        jobs.run(i18n.get("activity.undo"), () -> {
            Cue restored = session.backend().addCue(show.id(), cue.toDraft());
            order.add(Math.min(at, order.size()), restored.id());
            session.backend().reorder(show.id(), order);
            return restored;
        }, restored -> {
            cues.add(at, restored);
            notice.accept(i18n.format("rundown.restored", CueText.title(restored)));
            selected.set(restored);
        }, error -> notice.accept(Errors.describe(error, i18n)));
    }

    /** Moves a cue (drag and drop, Alt+Up/Down) and sends the new order. */
    public void move(int from, int to) {
        Show show = session.show();
        if (show == null || from == to || from < 0 || to < 0 || from >= cues.size() || to >= cues.size()) {
            return;
        }
        List<Cue> before = List.copyOf(cues);
        Cue moving = cues.remove(from);
        cues.add(to, moving);
        List<String> order = CueIds.of(cues);
        jobs.run(i18n.get("activity.reorder"), () -> session.backend().reorder(show.id(), order),
                saved -> { }, error -> {
                    cues.setAll(before);
                    notice.accept(Errors.describe(error, i18n));
                });
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
