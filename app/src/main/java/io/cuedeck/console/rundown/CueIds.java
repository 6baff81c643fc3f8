package io.cuedeck.console.rundown;

import io.cuedeck.protocol.Cue;
import java.util.ArrayList;
import java.util.List;

/** Cue ids of a rundown: where a cue stands, and the order to send to the backend. */
final class CueIds {

    private CueIds() {
    }

    /** The position of the cue with this id, or -1 (also for a null id). */
    static int indexOf(List<Cue> cues, String cueId) {
        for (int i = 0; cueId != null && i < cues.size(); i++) {
            if (cues.get(i).id().equals(cueId)) {
                return i;
            }
        }
        return -1;
    }

    /** The ids in list order, in a list the caller may change. */
    static List<String> of(List<Cue> cues) {
        List<String> ids = new ArrayList<>();
        cues.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
