package io.cuedeck.console.rundown;

import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Session;
import io.cuedeck.console.session.Target;
import io.cuedeck.protocol.Cue;
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
 *
 * <p>Each command reads its backend and show on the UI thread when pressed ({@link Target}); a
 * result for a show the producer has left is dropped (the list reloads when they come back).
 * Duplicate and Undo create a cue (the backend appends it to the rundown) and then move it into
 * place: if the move is refused, the cue is listed where the backend has it, at the end, and the
 * notice says so; nothing the backend holds is ever missing from the list.
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

    /** A cue the backend created, and whether it was then moved to its place (else it is last). */
    private record Added(Cue cue, boolean inPlace) {
    }

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
        Target target = session.target();
        if (!target.complete()) {
            return;
        }
        int at = cues.indexOf(cue);
        List<String> order = CueIds.of(cues);
        jobs.run(i18n.get("activity.duplicate"), () -> addAt(target, cue, order, at + 1), added -> {
            if (session.isCurrent(target)) {
                list(added, at + 1, "rundown.duplicated", CueText.title(cue));
            }
        }, error -> notice.accept(Errors.describe(error, i18n)));
    }

    /** Creates the cue from {@code like}'s content and moves it to {@code at} of {@code order}. */
    private static Added addAt(Target target, Cue like, List<String> order, int at) {
        Cue added = target.backend().addCue(target.showId(), like.toDraft());
        order.add(Math.min(at, order.size()), added.id());
        try {
            target.backend().reorder(target.showId(), order);
            return new Added(added, true);
        } catch (RuntimeException moveRefused) {
            return new Added(added, false); // it stays where the backend put it: last
        }
    }

    private void list(Added added, int at, String doneKey, String title) {
        if (added.inPlace()) {
            cues.add(Math.min(at, cues.size()), added.cue());
            notice.accept(i18n.format(doneKey, title));
        } else {
            cues.add(added.cue());
            notice.accept(i18n.format("rundown.addedAtEnd", title));
        }
        selected.set(added.cue());
    }

    /** Delete (the Delete key): the selected cue leaves the list now; Undo can bring it back. */
    public void deleteSelected() {
        Cue cue = selected.get();
        if (cue == null) {
            return;
        }
        Target target = session.target();
        if (!target.complete()) {
            return;
        }
        selected.set(null);
        int at = cues.indexOf(cue);
        cues.remove(cue);
        jobs.run(i18n.get("activity.delete"), () -> {
            target.backend().deleteCue(target.showId(), cue.id());
            return cue;
        }, deleted -> {
            lastDeleted = deleted;
            lastDeletedAt = at;
            canUndo.set(true);
            notice.accept(i18n.format("rundown.deleted", CueText.title(deleted)));
        }, error -> {
            if (session.isCurrent(target)) {
                cues.add(Math.min(at, cues.size()), cue);
                notice.accept(Errors.describe(error, i18n));
            }
        });
    }

    /** Undo delete (Ctrl+Z): the last deleted cue of this show comes back at its place, selected. */
    public void undoDelete() {
        Cue cue = lastDeleted;
        Target target = session.target();
        if (cue == null || !target.complete() || !cue.showId().equals(target.showId())) {
            return;
        }
        int at = Math.min(lastDeletedAt, cues.size());
        lastDeleted = null;
        canUndo.set(false);
        List<String> order = CueIds.of(cues);
        jobs.run(i18n.get("activity.undo"), () -> addAt(target, cue, order, at), added -> {
            if (session.isCurrent(target)) {
                list(added, at, "rundown.restored", CueText.title(added.cue()));
            }
        }, error -> notice.accept(Errors.describe(error, i18n)));
    }

    /** Moves a cue (drag and drop, Alt+Up/Down) and sends the new order. */
    public void move(int from, int to) {
        Target target = session.target();
        if (!target.complete() || from == to || from < 0 || to < 0 || from >= cues.size() || to >= cues.size()) {
            return;
        }
        List<Cue> before = List.copyOf(cues);
        Cue moving = cues.remove(from);
        cues.add(to, moving);
        List<String> order = CueIds.of(cues);
        jobs.run(i18n.get("activity.reorder"), () -> target.backend().reorder(target.showId(), order),
                saved -> { }, error -> {
                    if (session.isCurrent(target)) {
                        cues.setAll(before);
                        notice.accept(Errors.describe(error, i18n));
                    }
                });
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
