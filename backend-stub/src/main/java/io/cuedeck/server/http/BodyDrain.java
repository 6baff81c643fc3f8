package io.cuedeck.server.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads and throws away the rest of a refused body (a 413 already sent), up to a bound and a
 * time limit, before the exchange completes. A client still sending when the server answers and
 * closes would otherwise get a connection reset instead of the answer; this is the lingering
 * close web servers do. Never holds a thread; the exchange completes exactly once.
 */
final class BodyDrain implements Runnable {

    /**
     * How far past a route's own limit a body is still drained; one announced larger than that
     * closes the connection at once (a client sending gigabytes is not waited for).
     */
    static final long MAX = 1024 * 1024;

    private final Request request;
    private final Callback done;
    private final AtomicBoolean finished = new AtomicBoolean();
    private long left;
    private Scheduler.Task timeout;

    private BodyDrain(Request request, long bound, Callback done) {
        this.request = request;
        this.left = bound;
        this.done = done;
    }

    /** Drains at most {@code bound} bytes, for at most {@code limit}, then completes {@code done}. */
    static void start(Request request, long bound, Duration limit, Callback done) {
        BodyDrain drain = new BodyDrain(request, bound, done);
        drain.timeout = request.getComponents().getScheduler().schedule(drain::finish, limit.toMillis(), TimeUnit.MILLISECONDS);
        drain.run();
    }

    @Override
    public void run() {
        while (!finished.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            boolean end = chunk.isLast() || Content.Chunk.isFailure(chunk);
            left -= chunk.remaining();
            chunk.release();
            if (end || left <= 0) {
                finish();
                return;
            }
        }
    }

    /** Completes the exchange; Jetty closes the connection if some of the body is still unread. */
    private void finish() {
        if (finished.compareAndSet(false, true)) {
            if (timeout != null) {
                timeout.cancel();
            }
            done.succeeded();
        }
    }
}
