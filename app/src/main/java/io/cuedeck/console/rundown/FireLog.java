package io.cuedeck.console.rundown;

import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.OpenFire;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.FireClosed;
import io.cuedeck.protocol.console.FireStarted;
import io.cuedeck.protocol.console.ResultsRevealed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The fires of the current show as the console saw them: which cues have an open answer window
 * (so a second TAKE asks for an explicit re-fire) and the latest fire, which Close and Reveal act
 * on. Fed by TAKE receipts and by the stream, which also reports fires from other consoles.
 */
public final class FireLog {

    private final Map<String, FireInfo> byFireId = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<FireInfo> latest = new ReadOnlyObjectWrapper<>(this, "latest");

    public void clear() {
        byFireId.clear();
        latest.set(null);
    }

    public void record(FireInfo fire) {
        FireInfo known = byFireId.get(fire.fireId());
        if (known == null) {
            byFireId.put(fire.fireId(), fire);
            latest.set(fire);
        }
    }

    public void onEvent(ConsoleEvent event) {
        if (event instanceof FireStarted started) {
            record(FireInfo.of(started));
        } else if (event instanceof FireClosed closed) {
            update(closed.fireId(), FireInfo::closedNow);
        } else if (event instanceof ResultsRevealed revealed) {
            update(revealed.fireId(), FireInfo::revealedNow);
        }
    }

    /** After a (re)connect: anything we think open but the backend does not is closed now. */
    public void onSnapshot(LiveStatus status) {
        for (OpenFire open : status.openFires()) {
            record(new FireInfo(open.fireId(), open.cueId(), open.kind(), open.closesAt(), open.targeted(), false, false));
        }
        for (FireInfo fire : Map.copyOf(byFireId).values()) {
            boolean stillOpen = status.openFires().stream().anyMatch(o -> o.fireId().equals(fire.fireId()));
            if (!fire.closed() && !stillOpen) {
                update(fire.fireId(), FireInfo::closedNow);
            }
        }
    }

    public void update(String fireId, java.util.function.UnaryOperator<FireInfo> change) {
        FireInfo known = byFireId.get(fireId);
        if (known != null) {
            FireInfo changed = change.apply(known);
            byFireId.put(fireId, changed);
            if (latest.get() != null && latest.get().fireId().equals(fireId)) {
                latest.set(changed);
            }
        }
    }

    /** The open fire of a cue, if its answer window is open. */
    public Optional<FireInfo> openFireOf(String cueId) {
        return byFireId.values().stream().filter(f -> f.cueId().equals(cueId) && !f.closed()).reduce((a, b) -> b);
    }

    public FireInfo latest() {
        return latest.get();
    }

    public ReadOnlyObjectProperty<FireInfo> latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
