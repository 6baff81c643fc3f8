package io.cuedeck.console.rundown;

import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.Session;
import io.cuedeck.console.session.Target;
import io.cuedeck.console.session.ShowFeed;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.FireStarted;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Rundown workspace: the show's cues in order and the selection, loaded when a show is picked.
 * Its helpers share that list: the list commands ({@link RundownEdits}), the NEXT marker
 * ({@link NextCue}), the editor ({@link CueEditorViewModel}) and the fire controls
 * ({@link FireControlViewModel}). Every change is sent to the backend; a refused change is undone
 * on screen and said in words.
 */
public final class RundownViewModel implements ShowFeed {

    private final Session session;
    private final Jobs jobs;
    private final I18n i18n;
    private final ObservableList<Cue> cues = FXCollections.observableArrayList();
    private final ObjectProperty<Cue> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final CueEditorViewModel editor;
    private final FireControlViewModel fire;
    private final RundownEdits edits;
    private final NextCue next;

    public RundownViewModel(Session session, Jobs jobs, I18n i18n, Clock clock) {
        this.session = session;
        this.jobs = jobs;
        this.i18n = i18n;
        this.editor = new CueEditorViewModel(session, jobs, i18n);
        this.fire = new FireControlViewModel(session, jobs, i18n, clock, this::find);
        this.edits = new RundownEdits(session, jobs, i18n, cues, selected, notice::set);
        this.next = new NextCue(cues, selected);
        selected.addListener((o, old, cue) -> {
            if (cue != null) {
                editor.edit(cue);
            }
        });
    }

    @Override
    public void onShow(Show show) {
        fire.onShow(show);
        if (show == null) {
            cues.clear();
            next.clear();
            return;
        }
        if (!cues.isEmpty() && cues.get(0).showId().equals(show.id())) {
            return;
        }
        cues.clear();
        reload();
    }

    @Override
    public void onSnapshot(LiveStatus status) {
        fire.onSnapshot(status);
    }

    @Override
    public void onEvent(ConsoleEvent event) {
        fire.onEvent(event);
        if (event instanceof FireStarted started) {
            next.onFired(started.cueId());
        }
    }

    /** Fetches the rundown of the current show. */
    public void reload() {
        Target target = session.target();
        if (!target.complete()) {
            return;
        }
        Backend backend = target.backend();
        String showId = target.showId();
        jobs.run(i18n.get("activity.loadRundown"), () -> backend.rundown(showId), loaded -> {
            if (session.isCurrent(target)) { // a rundown that arrives late never lands on another show
                cues.setAll(loaded);
                next.onLoaded();
            }
        }, error -> {
            if (session.isCurrent(target)) {
                notice.set(Errors.describe(error, i18n));
            }
        });
    }

    /** New cue (Ctrl+N): an empty cue of this kind in English and Traditional Chinese, in the editor. */
    public void newCue(CueKind kind) {
        selected.set(null);
        editor.startNew(kind, List.of("en", "zh-TW"));
    }

    /** Save (Ctrl+S): saves the editor's cue when it is valid, and shows it in the list, selected. */
    public void saveEditor() {
        editor.save(edits::put);
    }

    /** ARM (F8): arms the selected cue, or the next one when nothing is selected. */
    public void armSelected() {
        fire.arm(selected.get() != null ? selected.get() : find(next.cueId()));
    }

    /** The cue of this show with this id, or null. */
    public Cue find(String cueId) {
        int at = CueIds.indexOf(cues, cueId);
        return at < 0 ? null : cues.get(at);
    }

    public ObservableList<Cue> cues() {
        return cues;
    }

    public ObjectProperty<Cue> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public RundownEdits edits() {
        return edits;
    }

    public NextCue next() {
        return next;
    }

    public CueEditorViewModel editor() {
        return editor;
    }

    public FireControlViewModel fire() {
        return fire;
    }
}
