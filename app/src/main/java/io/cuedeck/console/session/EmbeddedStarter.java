package io.cuedeck.console.session;

/**
 * Starts the bundled backend in-process (embedded engines, data under the user's directory) with
 * a rehearsal show and a simulated audience. Blocking: the console calls it through {@code Jobs}.
 */
public interface EmbeddedStarter {

    /** What a started rehearsal hands the console. */
    record Started(Backend backend, RehearsalAudience audience, String rehearsalShowId) {
    }

    /** On this computer only (127.0.0.1). */
    default Started start(int viewers) throws Exception {
        return start(viewers, false);
    }

    /**
     * {@code openToNetwork}: the backend listens on every interface, so that phones on this
     * computer's network can open the companion page; the console itself still talks to 127.0.0.1.
     */
    Started start(int viewers, boolean openToNetwork) throws Exception;
}
