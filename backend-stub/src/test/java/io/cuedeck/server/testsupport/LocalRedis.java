package io.cuedeck.server.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import redis.embedded.core.ExecutableProvider;

/**
 * A redis-server of the test's own on a free 127.0.0.1 port, never the machine's Redis on 6379.
 * Uses the {@code redis-server} found on PATH (Debian's), else the binary bundled with
 * embedded-redis. Persistence is off unless asked for; the data directory is a fresh temporary one.
 * The server can be stopped, killed and restarted on the same port and directory, which is how the
 * Redis-outage and durability tests simulate a failure.
 */
public final class LocalRedis implements AutoCloseable {

    /** What the server keeps on disk. */
    public enum Persistence {
        /** Nothing: a restart comes back empty (the machine's and most caches' setting). */
        NONE,
        /** AOF with fsync on every write: a restart keeps every acknowledged write. */
        AOF_ALWAYS,
        /** AOF with fsync every second: a restart loses at most about one second. */
        AOF_EVERYSEC
    }

    private final int port;
    private final Path dir;
    private final Persistence persistence;
    private final List<String> extraArgs;
    private Process process;

    private LocalRedis(int port, Path dir, Persistence persistence, List<String> extraArgs) {
        this.port = port;
        this.dir = dir;
        this.persistence = persistence;
        this.extraArgs = extraArgs;
    }

    public static LocalRedis start() {
        return start(Persistence.NONE);
    }

    public static LocalRedis start(Persistence persistence, String... extraArgs) {
        return startOn(FreePort.pick(), persistence, extraArgs);
    }

    /** Starts on a given loopback port (a cluster node needs its port + 10000 free too). */
    public static LocalRedis startOn(int port, Persistence persistence, String... extraArgs) {
        try {
            LocalRedis redis = new LocalRedis(port, Files.createTempDirectory("cuedeck-redis-"),
                    persistence, List.of(extraArgs));
            redis.launch();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The URL engines connect to: {@code redis://127.0.0.1:<port>}. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public Path dir() {
        return dir;
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Sends a command with the plain test client (see {@link Resp}). */
    public Object call(String... args) {
        return Resp.call(port, args);
    }

    /** Stops the server as a crash would (SIGKILL): nothing is flushed beyond what the AOF policy already wrote. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** Stops the server gracefully (SIGTERM): with AOF on, everything written so far is flushed. */
    public void stop() {
        if (process != null) {
            process.destroy();
            waitFor();
        }
    }

    /** Starts the server again on the same port and data directory (it reloads its AOF if any). */
    public void restart() {
        if (running()) {
            stop();
        }
        launch();
    }

    @Override
    public void close() {
        kill();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(executable(), "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--protected-mode", "yes", "--dir", dir.toString(), "--save", "",
                "--daemonize", "no", "--logfile", dir.resolve("redis.log").toString()));
        switch (persistence) {
            case NONE -> command.addAll(List.of("--appendonly", "no"));
            case AOF_ALWAYS -> command.addAll(List.of("--appendonly", "yes", "--appendfsync", "always"));
            case AOF_EVERYSEC -> command.addAll(List.of("--appendonly", "yes", "--appendfsync", "everysec"));
        }
        command.addAll(extraArgs);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited at start; see " + dir.resolve("redis.log"));
            }
            if (FreePort.listening(port)) {
                try {
                    if ("PONG".equals(call("PING"))) {
                        return;
                    }
                } catch (RuntimeException loading) {
                    // still loading its AOF: retry
                }
            }
            sleep(20);
        }
        throw new IllegalStateException("redis-server did not answer on port " + port);
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // the port stays bound for a moment after exit on some kernels: wait until it is free
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (FreePort.listening(port) && System.nanoTime() < deadline) {
            sleep(10);
        }
    }

    /**
     * Debian's redis-server when on PATH, else the binary that embedded-redis bundles (forced with
     * {@code -Dcuedeck.test.redis=embedded}, to check that the fallback still passes).
     */
    static String executable() {
        String path = "embedded".equals(System.getProperty("cuedeck.test.redis")) ? "" : System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(File.pathSeparator)) {
            File candidate = new File(entry, "redis-server");
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        try {
            File bundled = ExecutableProvider.newJarResourceProvider().get();
            bundled.setExecutable(true);
            return bundled.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("no redis-server on PATH and embedded-redis could not unpack one", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
