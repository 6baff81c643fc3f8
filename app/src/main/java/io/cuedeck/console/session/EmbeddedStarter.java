package io.cuedeck.console.session;

/**
 * Starts the bundled backend in-process (embedded engines, data under the user's directory) with
 * a rehearsal show and a simulated audience. Blocking: the console calls it through {@code Jobs}.
 */
public interface EmbeddedStarter {

    /** What a started rehearsal hands the console. */
    record Started(Backend backend, RehearsalAudience audience, String rehearsalShowId) {
    }

    Started start(int viewers) throws Exception;
}
