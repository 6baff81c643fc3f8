package io.cuedeck.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request body without holding a thread: chunks are copied as they arrive (the network
 * buffers go back at once) and only a complete body, at most {@code max} bytes, is handed on.
 * The routes behind it read their bodies with blocking calls; a client that sends its body
 * slowly, or never, therefore costs a small buffer here instead of one of Jetty's threads, which
 * is what let 300 slow heartbeats freeze the server. Exactly one of the outcomes is reported.
 */
final class BodyLoader implements Runnable {

    /** How reading ended when it did not produce a body. */
    enum Failure { TOO_LARGE, TIMEOUT, BROKEN }

    private final Request request;
    private final int max;
    private final Consumer<byte[]> onBody;
    private final BiConsumer<Failure, Throwable> onFailure;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final AtomicBoolean settled = new AtomicBoolean();
    private Scheduler.Task timeout;

    BodyLoader(Request request, int max, Consumer<byte[]> onBody, BiConsumer<Failure, Throwable> onFailure) {
        this.request = request;
        this.max = max;
        this.onBody = onBody;
        this.onFailure = onFailure;
    }

    void start(Duration limit) {
        timeout = request.getComponents().getScheduler().schedule(() -> fail(Failure.TIMEOUT, null),
                limit.toMillis(), TimeUnit.MILLISECONDS);
        run();
    }

    /** Reads what has arrived; asks to be called again when there is more. */
    @Override
    public void run() {
        while (!settled.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                fail(Content.Chunk.isFailure(chunk, false) ? Failure.TIMEOUT : Failure.BROKEN, chunk.getFailure());
                return;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            boolean last = chunk.isLast();
            if (body.size() + bytes.remaining() > max) {
                chunk.release();
                fail(Failure.TOO_LARGE, null);
                return;
            }
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            body.write(copy, 0, copy.length);
            chunk.release();
            if (last) {
                if (settle()) {
                    onBody.accept(body.toByteArray());
                }
                return;
            }
        }
    }

    private void fail(Failure failure, Throwable cause) {
        if (settle()) {
            onFailure.accept(failure, cause);
        }
    }

    private boolean settle() {
        if (!settled.compareAndSet(false, true)) {
            return false;
        }
        if (timeout != null) {
            timeout.cancel();
        }
        return true;
    }
}
