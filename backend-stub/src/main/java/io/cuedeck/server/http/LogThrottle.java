package io.cuedeck.server.http;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Log lines that clients can cause, at most {@link #PER_MINUTE} a minute per kind: beyond that
 * they are counted, and the next line that is let through says how many were left out. An
 * anonymous client can therefore never flood the log, however many bad requests it sends.
 */
public final class LogThrottle {

    public static final int PER_MINUTE = 10;
    private static final long MINUTE = 60_000_000_000L;

    private final Logger log;
    private final String kind;
    private final AtomicLong windowStart = new AtomicLong(System.nanoTime());
    private final AtomicLong inWindow = new AtomicLong();
    private final AtomicLong suppressed = new AtomicLong();

    public LogThrottle(Logger log, String kind) {
        this.log = log;
        this.kind = kind;
    }

    /** One WARN line (never a stack trace), unless this kind already logged its share this minute. */
    public void warn(String format, Object... args) {
        if (allow()) {
            log.warn(kind + ": " + format + leftOut(), args);
        }
    }

    /** One ERROR line with the stack trace (a server bug), throttled the same way. */
    public void error(String message, Throwable error) {
        if (allow()) {
            log.error(kind + ": " + message + leftOut(), error);
        }
    }

    private boolean allow() {
        long now = System.nanoTime();
        long start = windowStart.get();
        if (now - start > MINUTE && windowStart.compareAndSet(start, now)) {
            inWindow.set(0);
        }
        if (inWindow.incrementAndGet() <= PER_MINUTE) {
            return true;
        }
        suppressed.incrementAndGet();
        return false;
    }

    private String leftOut() {
        long n = suppressed.getAndSet(0);
        return n == 0 ? "" : " (" + n + " similar lines left out)";
    }
}
