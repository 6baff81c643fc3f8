package io.cuedeck.console.session;

/**
 * The simulated crowd of the embedded rehearsal backend, as the console adjusts it. Both methods
 * may block briefly: call them through {@code Jobs}.
 */
public interface RehearsalAudience {

    /** How many viewers the crowd aims for now. */
    int viewers();

    /** Grows or shrinks the crowd (joins ramp in, leavers close their sockets). */
    void resize(int viewers);
}
