package io.cuedeck.console;

import io.cuedeck.console.session.EmbeddedStarter;
import io.cuedeck.console.session.RemoteFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * What the composition root needs from outside: the per-user directory, how to start the embedded
 * backend and reach a remote one, the clock, and the UI language (null: the user's setting, else
 * the system's). Tests pass their own directory and starters.
 */
public record ConsoleConfig(Path home, EmbeddedStarter embedded, RemoteFactory remote, Clock clock, Locale locale) {

    public ConsoleConfig {
        clock = clock == null ? Clock.systemDefaultZone() : clock;
    }
}
