package io.cuedeck.console;

import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.rundown.RundownViewModel;
import io.cuedeck.console.shell.Hotkeys;
import io.cuedeck.console.shell.ShellViewModel;
import io.cuedeck.console.shell.Workspace;
import io.cuedeck.protocol.CueKind;

/** The console's keyboard map (listed by F1), in one place. */
final class ConsoleHotkeys {

    private ConsoleHotkeys() {
    }

    static Hotkeys build(ShellViewModel shell, RundownViewModel rundown, Jobs jobs, Runnable openConnection,
            Runnable openSettings) {
        Hotkeys keys = new Hotkeys();
        keys.add("F1", "hotkey.help", shell::toggleHelp);
        keys.add("Esc", "hotkey.escape", () -> {
            if (!shell.closeOverlay()) {
                rundown.fire().disarm();
            }
        });
        Workspace[] all = Workspace.values();
        for (int i = 0; i < all.length; i++) {
            Workspace workspace = all[i];
            keys.add("Shortcut+" + (i + 1), "hotkey." + workspace.key(), () -> shell.show(workspace));
        }
        keys.add("F8", "hotkey.arm", () -> {
            shell.show(Workspace.RUNDOWN);
            rundown.armSelected();
        });
        keys.add("F12", "hotkey.take", () -> rundown.fire().take());
        keys.document("Enter (Numpad)", "hotkey.enterTake");
        keys.add("F9", "hotkey.close", () -> rundown.fire().window().close());
        keys.add("F10", "hotkey.reveal", () -> rundown.fire().window().reveal());
        keys.add("Shortcut+N", "hotkey.newCue", () -> {
            shell.show(Workspace.RUNDOWN);
            rundown.newCue(CueKind.POLL);
        });
        keys.add("Shortcut+S", "hotkey.save", rundown::saveEditor);
        keys.add("Shortcut+Enter", "hotkey.markNext", rundown.next()::markSelected);
        keys.document("Ctrl+D", "hotkey.duplicate");
        keys.document("Delete", "hotkey.delete");
        keys.document("Ctrl+Z", "hotkey.undo");
        keys.document("Alt+\u2191 / Alt+\u2193", "hotkey.move");
        keys.add("Shortcut+L", "hotkey.connection", openConnection);
        keys.add("Shortcut+Comma", "hotkey.settings", openSettings);
        keys.add("Shortcut+Period", "hotkey.cancel", jobs::cancelAll);
        return keys;
    }
}
