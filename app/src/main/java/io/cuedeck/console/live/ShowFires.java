package io.cuedeck.console.live;

import io.cuedeck.console.rundown.CueText;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.Delivery;
import io.cuedeck.protocol.console.FireStarted;
import io.cuedeck.protocol.console.Tally;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fires of the show as the Live workspace draws them: a chart marker labelled with the cue at
 * every fire, and the latest fire's delivery and tally as they arrive. Changes on the UI thread.
 */
public final class ShowFires {

    private final Function<String, Cue> cues;
    private final ObservableList<FireMarker> markers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FireProgress> latest = new ReadOnlyObjectWrapper<>(this, "latest");

    ShowFires(Function<String, Cue> cues) {
        this.cues = cues;
    }

    /** Another show: no marker, no latest fire. */
    void clear() {
        markers.clear();
        latest.set(null);
    }

    /** Takes in a fire, or the delivery or tally of the latest one; other events are not about fires. */
    void onEvent(ConsoleEvent event) {
        if (event instanceof FireStarted started) {
            Cue cue = cues.apply(started.cueId());
            String label = cue == null ? started.kind().name().toLowerCase() : CueText.title(cue);
            markers.add(new FireMarker(started.fireId(), started.firedAt().toEpochMilli() / 1000.0, label));
            latest.set(FireProgress.started(started, cue));
        } else if (event instanceof Delivery delivery) {
            FireProgress now = latest.get();
            if (now != null && now.fireId().equals(delivery.fireId())) {
                latest.set(now.with(delivery));
            }
        } else if (event instanceof Tally tally) {
            FireProgress now = latest.get();
            if (now != null && now.fireId().equals(tally.fireId())) {
                latest.set(now.with(tally));
            }
        }
    }

    public ObservableList<FireMarker> markers() {
        return markers;
    }

    /** The latest fire's delivery and tally; null before the first fire of the show. */
    public ReadOnlyObjectProperty<FireProgress> latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
