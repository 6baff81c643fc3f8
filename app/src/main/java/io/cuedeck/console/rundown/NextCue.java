package io.cuedeck.console.rundown;

import io.cuedeck.protocol.Cue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The NEXT marker: the cue the producer means to take next, so F8 arms it when nothing is selected.
 * It starts on the first cue, moves to the selected cue on Mark next (Ctrl+Enter), and when the
 * marked cue is fired (from this console or another) it steps to the following cue and selects it.
 */
public final class NextCue {

    private final ObservableList<Cue> cues;
    private final ObjectProperty<Cue> selected;
    private final ReadOnlyStringWrapper cueId = new ReadOnlyStringWrapper(this, "cueId");

    NextCue(ObservableList<Cue> cues, ObjectProperty<Cue> selected) {
        this.cues = cues;
        this.selected = selected;
    }

    /** Mark next (Ctrl+Enter): the selected cue is next. */
    public void markSelected() {
        if (selected.get() != null) {
            cueId.set(selected.get().id());
        }
    }

    /**
     * After the rundown is (re)loaded: the marker stays if its cue is still there, else goes to the
     * first cue; with nothing selected, the next cue is selected (the editor shows it).
     */
    void onLoaded() {
        int at = CueIds.indexOf(cues, cueId.get());
        if (at < 0) {
            at = cues.isEmpty() ? -1 : 0;
            cueId.set(at < 0 ? null : cues.get(0).id());
        }
        if (selected.get() == null && at >= 0) {
            selected.set(cues.get(at));
        }
    }

    /** A cue went out: if it was the next one, the following cue is next now, and selected. */
    void onFired(String firedCueId) {
        if (!firedCueId.equals(cueId.get())) {
            return;
        }
        int at = CueIds.indexOf(cues, firedCueId);
        String next = at >= 0 && at + 1 < cues.size() ? cues.get(at + 1).id() : null;
        cueId.set(next);
        if (next != null) {
            selected.set(cues.get(at + 1));
        }
    }

    void clear() {
        cueId.set(null);
    }

    /** The id of the next cue; null when there is none. */
    public String cueId() {
        return cueId.get();
    }

    public ReadOnlyStringProperty cueIdProperty() {
        return cueId.getReadOnlyProperty();
    }
}
