package io.cuedeck.server.audience;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.eclipse.jetty.util.Callback;

/**
 * One fan-out's writes grouped by the thread that writes each socket ({@link ViewerSocket#writer()},
 * its selector): a task per selector writes {@link #CHUNK} of that selector's sockets, in the
 * fan-out's order, where a task per socket would cost a queue entry and a wake-up each. A full
 * chunk is handed over at once, so the selectors start writing while the fan-out is still
 * grouping the rest (at 19,000 viewers the grouping alone takes milliseconds). A socket written
 * on the caller (the Javalin twin's) is written at once. Not thread-safe: one per fan-out, on the
 * show's lane.
 */
final class WriteBatches {

    /** Sockets per task: large enough that the hand-offs cost nothing, small enough to start early. */
    static final int CHUNK = 256;

    private final Map<Executor, Batch> batches = new IdentityHashMap<>(4);
    /** The last socket's writer and batch: a node has a few selectors, so most lookups repeat. */
    private Executor lastWriter;
    private Batch lastBatch;

    void add(ViewerSocket socket, Framed message, Callback callback) {
        Executor writer = socket.writer();
        if (writer == null) {
            socket.write(message, callback);
            return;
        }
        if (writer != lastWriter) {
            lastWriter = writer;
            lastBatch = batches.computeIfAbsent(writer, w -> new Batch());
        }
        lastBatch.add(socket, message, callback);
        if (lastBatch.sockets.size() == CHUNK) {
            writer.execute(lastBatch);
            lastBatch = new Batch();
            batches.put(writer, lastBatch);
        }
    }

    /** Hands each selector its batch; they run on the selectors' threads, in parallel on several cores. */
    void send() {
        batches.forEach((writer, batch) -> {
            if (!batch.sockets.isEmpty()) {
                writer.execute(batch);
            }
        });
        batches.clear();
        lastWriter = null;
        lastBatch = null;
    }

    private static final class Batch implements Runnable {
        private final List<ViewerSocket> sockets = new ArrayList<>();
        private final List<Framed> messages = new ArrayList<>();
        private final List<Callback> callbacks = new ArrayList<>();

        void add(ViewerSocket socket, Framed message, Callback callback) {
            sockets.add(socket);
            messages.add(message);
            callbacks.add(callback);
        }

        @Override
        public void run() {
            for (int i = 0; i < sockets.size(); i++) {
                sockets.get(i).write(messages.get(i), callbacks.get(i));
            }
        }
    }
}
