package io.cuedeck.console;

import io.cuedeck.console.session.EmbeddedStarter;
import io.cuedeck.console.session.RemoteFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * What the composition root needs from outside: the per-user directory, how to start the embedded
 * backend and reach a remote one, the clock, and the UI language (null: the user's setting, else
 * the system's), and what opens a folder after an export. Tests pass their own directory, starters
 * and a folder opener that records instead of opening a window.
 */
public record ConsoleConfig(Path home, EmbeddedStarter embedded, RemoteFactory remote, Clock clock, Locale locale,
        io.cuedeck.console.reports.FolderOpener folders) {

    public ConsoleConfig {
        clock = clock == null ? Clock.systemDefaultZone() : clock;
        folders = folders == null ? io.cuedeck.console.reports.FolderOpener.desktop() : folders;
    }

    /** With the desktop's file manager for "Open folder". */
    public ConsoleConfig(Path home, EmbeddedStarter embedded, RemoteFactory remote, Clock clock, Locale locale) {
        this(home, embedded, remote, clock, locale, null);
    }
}
