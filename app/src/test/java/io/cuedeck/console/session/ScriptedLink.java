package io.cuedeck.console.session;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.connector.ConsoleListener;
import io.cuedeck.connector.ConsoleStream;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.console.ConsoleEvent;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * For toolkit-free view model tests: a real {@link Session} on current-thread executors over a
 * backend that only opens console streams, and the test says what the stream says (its state,
 * ticks and other events, snapshots) as the connector would. Every other backend call fails, as
 * a backend that is not there would. Also a clock the test moves.
 */
public final class ScriptedLink {

    public static final Instant START = Instant.parse("2026-11-21T21:04:17Z");

    public final Jobs jobs = new Jobs(Runnable::run, Runnable::run);
    public final Session session = new Session(jobs, Runnable::run);
    public final MovingClock clock = new MovingClock();
    private ConsoleListener stream;
    /** What the backend says of {@link Backend#unencrypted()}: a remote one reached over plain http://. */
    public boolean unencrypted;
    /** Answers to other backend calls, by method name (the call's arguments in, its result out); none: it fails. */
    public final Map<String, java.util.function.Function<Object[], Object>> answers = new java.util.HashMap<>();

    public ScriptedLink() {
        session.attach((Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "openConsoleStream" -> {
                        stream = (ConsoleListener) args[1];
                        yield openStream((String) args[0]);
                    }
                    case "describe", "toString" -> "scripted backend";
                    case "embedded" -> false;
                    case "unencrypted" -> unencrypted;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "close" -> null;
                    default -> {
                        java.util.function.Function<Object[], Object> answer = answers.get(method.getName());
                        if (answer == null) {
                            throw new IllegalStateException("no backend here: " + method.getName());
                        }
                        yield answer.apply(args);
                    }
                }));
    }

    private static ConsoleStream openStream(String showId) {
        return (ConsoleStream) Proxy.newProxyInstance(ConsoleStream.class.getClassLoader(),
                new Class<?>[] {ConsoleStream.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "showId", "toString" -> showId;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> null;
                });
    }

    /** Picks a live show called {@code id}; its stream opens CONNECTING. */
    public ScriptedLink pick(String id) {
        session.setShow(new Show(id, "Show " + id, ShowStatus.LIVE, null, null, START, START, null));
        return this;
    }

    public ScriptedLink state(ConnectionState state) {
        stream.onState(state);
        return this;
    }

    public ScriptedLink live() {
        return state(ConnectionState.live());
    }

    /** The link broke: reconnecting, next try in 2 s. */
    public ScriptedLink reconnecting() {
        return state(ConnectionState.reconnecting(1, clock.instant().plusSeconds(2), "Connection refused"));
    }

    public ScriptedLink event(ConsoleEvent event) {
        stream.onEvent(event);
        return this;
    }

    public ScriptedLink snapshot(long viewers) {
        stream.onSnapshot(new LiveStatus(session.show().id(), viewers, viewers, 1.5, 4, 2, Map.of(), List.of()));
        return this;
    }

    public ScriptedLink after(Duration wait) {
        clock.now = clock.now.plus(wait);
        return this;
    }

    /** A clock in UTC that stands still until the test moves it. */
    public static final class MovingClock extends Clock {

        private Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
