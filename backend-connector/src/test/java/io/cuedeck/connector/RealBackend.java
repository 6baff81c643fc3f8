package io.cuedeck.connector;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link TestBackend} and a producer client for tests: registered on a static field, one for the
 * whole class; on an instance field, a fresh one for every test (for tests that stop the server).
 */
public final class RealBackend implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private TestBackend backend;
    private CuedeckClient producer;
    private boolean wholeClass;

    public TestBackend backend() {
        return backend;
    }

    /** A producer client whose retries do not wait. */
    public CuedeckClient producer() {
        return producer;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        wholeClass = true;
        open();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!wholeClass) {
            open();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!wholeClass) {
            shut();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        shut();
    }

    private void open() {
        backend = TestBackend.start();
        producer = backend.client(TestBackend.PRODUCER);
    }

    private void shut() {
        producer.close();
        backend.close();
    }
}
