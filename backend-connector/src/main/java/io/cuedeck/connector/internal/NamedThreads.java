package io.cuedeck.connector.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads with a readable name, so that a thread dump says whose thread it is and the JVM can exit. */
public final class NamedThreads implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    private NamedThreads(String prefix) {
        this.prefix = prefix;
    }

    public static ThreadFactory daemon(String prefix) {
        return new NamedThreads(prefix);
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
