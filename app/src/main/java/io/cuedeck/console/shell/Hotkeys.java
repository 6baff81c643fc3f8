package io.cuedeck.console.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * The console's keyboard map: one list that both installs the shortcuts on the scene and fills the
 * F1 help overlay, so the overlay can never disagree with what the keys do. Entries without an
 * action are documented there but handled by a workspace (for example Enter on the rundown list).
 */
public final class Hotkeys {

    /** One shortcut: its keys as shown, the bundle key of what it does, and the action. */
    public record Entry(String keys, String descriptionKey, KeyCombination combination, Runnable action) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public Hotkeys add(String combination, String descriptionKey, Runnable action) {
        KeyCombination keys = KeyCombination.valueOf(combination);
        entries.add(new Entry(keys.getDisplayText(), descriptionKey, keys, action));
        return this;
    }

    /** Listed in the overlay only: a workspace handles it where it applies. */
    public Hotkeys document(String keys, String descriptionKey) {
        entries.add(new Entry(keys, descriptionKey, null, null));
        return this;
    }

    public void install(Scene scene) {
        for (Entry entry : entries) {
            if (entry.combination() != null) {
                scene.getAccelerators().put(entry.combination(), entry.action());
            }
        }
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
