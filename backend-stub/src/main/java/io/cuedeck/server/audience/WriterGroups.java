package io.cuedeck.server.audience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.eclipse.jetty.util.Callback;

/**
 * One show's sockets on this node, kept grouped by the thread that writes each
 * ({@link ViewerSocket#writer()}, its selector), so that a fan-out hands each selector one task
 * at once: no pass over every socket to group them first, and each selector writes its whole
 * share before it reads the acks that share brings back, as a single-threaded server would
 * (docs/benchmarks.md, "The fire's own hops, and sockets kept by selector"). One task per
 * selector, where one per socket would cost a queue entry and a wake-up each. Sockets written on
 * the caller (the Javalin twin's) are written at once.
 *
 * <p>Not thread-safe: sockets are added and removed, and fan-outs start, on the show's lane. A
 * fan-out's tasks write a copy of each group, so a socket joining meanwhile is not in it (it
 * gets what is open when it joins) and one leaving is still written (and fails as closed).
 */
final class WriterGroups {

    /** Key null: sockets written on the caller. */
    private final Map<Executor, List<ViewerSocket>> byWriter = new HashMap<>(4);

    void add(ViewerSocket socket) {
        List<ViewerSocket> group = byWriter.computeIfAbsent(socket.writer(), w -> new ArrayList<>());
        socket.slot = group.size();
        group.add(socket);
    }

    /** Removes in constant time: the group's last socket takes the removed one's place. */
    void remove(ViewerSocket socket) {
        List<ViewerSocket> group = byWriter.get(socket.writer());
        int slot = socket.slot;
        if (group == null || slot < 0 || slot >= group.size() || group.get(slot) != socket) {
            return;
        }
        ViewerSocket last = group.remove(group.size() - 1);
        if (last != socket) {
            group.set(slot, last);
            last.slot = slot;
        }
        socket.slot = -1;
    }

    int size() {
        int size = 0;
        for (List<ViewerSocket> group : byWriter.values()) {
            size += group.size();
        }
        return size;
    }

    /**
     * Writes to every socket now in the groups: each selector's in one task on it. {@code message}
     * and {@code callback} pick each socket's message and callback, on the thread that writes it.
     */
    void write(Function<ViewerSocket, Framed> message, Function<ViewerSocket, Callback> callback) {
        byWriter.forEach((writer, group) -> {
            if (group.isEmpty()) {
                return;
            }
            ViewerSocket[] sockets = group.toArray(new ViewerSocket[0]);
            Runnable writes = () -> {
                for (ViewerSocket socket : sockets) {
                    socket.write(message.apply(socket), callback.apply(socket));
                }
            };
            if (writer == null) {
                writes.run();
            } else {
                writer.execute(writes);
            }
        });
    }
}
