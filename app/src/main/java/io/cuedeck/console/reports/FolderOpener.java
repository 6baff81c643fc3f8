package io.cuedeck.console.reports;

import java.nio.file.Path;

/**
 * Opens a folder in the desktop's file manager ("Open folder" after an export). Injected, so that
 * tests record the folder instead of opening a window on a desktop.
 */
@FunctionalInterface
public interface FolderOpener {

    /** Opens {@code folder}; throws when the desktop cannot (the view model says so in words). */
    void open(Path folder) throws Exception;

    /** The desktop's: {@code xdg-open} on Linux, {@code open} on macOS, Explorer on Windows. */
    static FolderOpener desktop() {
        return folder -> {
            String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
            String[] command = os.contains("win") ? new String[] {"explorer", folder.toString()}
                    : os.contains("mac") ? new String[] {"open", folder.toString()}
                    : new String[] {"xdg-open", folder.toString()};
            new ProcessBuilder(command).inheritIO().start();
        };
    }
}
