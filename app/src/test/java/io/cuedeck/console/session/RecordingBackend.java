package io.cuedeck.console.session;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.connector.ConsoleListener;
import io.cuedeck.connector.ConsoleStream;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A backend for toolkit-free tests that records every call (method name and arguments) and answers
 * the ones the test scripted; a console stream opens live at once and records its close. Unscripted
 * calls answer null.
 */
public final class RecordingBackend {

    /** One call: the method's name and its arguments. */
    public record Call(String method, List<Object> args) {
    }

    private final String name;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Object[], Object>> answers = new ConcurrentHashMap<>();
    private final List<Boolean> streamsClosed = new CopyOnWriteArrayList<>();
    private final Backend backend;

    public RecordingBackend(String name) {
        this.name = name;
        this.backend = (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "describe", "toString" -> name;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "openConsoleStream" -> {
                        calls.add(new Call("openConsoleStream", List.of(args)));
                        ((ConsoleListener) args[1]).onState(ConnectionState.live());
                        yield stream(streamsClosed.size());
                    }
                    default -> {
                        calls.add(new Call(method.getName(), args == null ? List.of() : List.of(args)));
                        Function<Object[], Object> answer = answers.get(method.getName());
                        yield answer == null ? null : answer.apply(args);
                    }
                });
    }

    public Backend backend() {
        return backend;
    }

    /** Scripts the answer of a method (by name); it may throw. */
    public RecordingBackend answer(String method, Function<Object[], Object> answer) {
        answers.put(method, answer);
        return this;
    }

    /** The calls of one method, in order. */
    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Whether each stream opened so far was closed, in the order they opened. */
    public List<Boolean> streamsClosed() {
        return List.copyOf(streamsClosed);
    }

    private ConsoleStream stream(int index) {
        streamsClosed.add(false);
        return (ConsoleStream) Proxy.newProxyInstance(ConsoleStream.class.getClassLoader(),
                new Class<?>[] {ConsoleStream.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> {
                        streamsClosed.set(index, true);
                        yield null;
                    }
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> name + " stream " + index;
                    default -> null;
                });
    }
}
