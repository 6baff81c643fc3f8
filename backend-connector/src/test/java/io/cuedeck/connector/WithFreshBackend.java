package io.cuedeck.connector;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** For tests that stop or restart the server: a fresh backend and producer client for every test. */
public abstract class WithFreshBackend {

    @RegisterExtension
    final RealBackend server = new RealBackend();
    protected TestBackend backend;
    protected CuedeckClient producer;

    @BeforeEach
    final void nameTheBackend() {
        backend = server.backend();
        producer = server.producer();
    }
}
