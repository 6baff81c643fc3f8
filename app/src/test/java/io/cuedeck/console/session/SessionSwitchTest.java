package io.cuedeck.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.connector.ConsoleListener;
import io.cuedeck.connector.ConsoleStream;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * Switching shows while a stream is still being opened: background work waits in a queue the test
 * runs by hand, so the order of events is the test's, not the scheduler's.
 */
class SessionSwitchTest {

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Session session = new Session(new Jobs(background::add, Runnable::run), Runnable::run);

    private static Show show(String id) {
        Instant at = Instant.parse("2026-11-21T21:00:00Z");
        return new Show(id, "Show " + id, ShowStatus.LIVE, null, null, at, at, null);
    }

    /** A backend on which show "gone" cannot be streamed (404) and every other show can. */
    private static Backend backend() {
        return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "openConsoleStream" -> {
                        if ("gone".equals(args[0])) {
                            throw new IllegalStateException("There is no show 'gone'.");
                        }
                        ((ConsoleListener) args[1]).onState(ConnectionState.live());
                        yield stream();
                    }
                    case "describe", "toString" -> "test backend";
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> null;
                });
    }

    private static ConsoleStream stream() {
        return (ConsoleStream) Proxy.newProxyInstance(ConsoleStream.class.getClassLoader(),
                new Class<?>[] {ConsoleStream.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> null;
                });
    }

    /** Runs the queued background work, the newest first: a slow open finishes after a quick one. */
    private void runBackgroundWorkNewestFirst() {
        while (!background.isEmpty()) {
            background.pollLast().run();
        }
    }

    @Test
    void aStreamThatFailsToOpenAfterTheProducerSwitchedShowsDoesNotMarkTheNewShowLost() {
        session.attach(backend());
        session.setShow(show("gone"));
        session.setShow(show("tonight"));

        runBackgroundWorkNewestFirst();

        assertThat(session.connectionProperty().get().phase()).isEqualTo(ConnectionState.Phase.LIVE);
    }

    @Test
    void aStreamThatFailsToOpenForTheShowInUseSaysLostWithTheReason() {
        session.attach(backend());
        session.setShow(show("gone"));

        runBackgroundWorkNewestFirst();

        ConnectionState state = session.connectionProperty().get();
        assertThat(state.phase()).isEqualTo(ConnectionState.Phase.LOST);
        assertThat(state.reason()).contains("no show 'gone'");
    }
}
