package io.cuedeck.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The server jar's main class in a child JVM, as an operator runs it: configured by environment
 * variables, on the test's own class path, its port learnt from the line it prints.
 */
public final class ChildServer implements AutoCloseable {

    private final Process process;
    private final CompletableFuture<String> baseUrl = new CompletableFuture<>();
    private final StringBuilder output = new StringBuilder();

    private ChildServer(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "child-server-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code io.cuedeck.server.Main} with these environment variables (on port 0 unless set). */
    public static ChildServer start(Map<String, String> env) {
        return start(env, List.of());
    }

    /** As {@link #start(Map)}, with these JVM options too (log levels, say). */
    public static ChildServer start(Map<String, String> env, List<String> jvmOptions) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.cuedeck.server.Main"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("CUEDECK_"));
        pb.environment().put("CUEDECK_PORT", "0");
        pb.environment().putAll(env);
        try {
            return new ChildServer(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                String marker = "Cuedeck server listening on ";
                if (line.startsWith(marker)) {
                    baseUrl.complete(line.substring(marker.length()).trim());
                }
            }
        } catch (IOException e) {
            // the process died; exitCode() tells
        }
        baseUrl.completeExceptionally(new IllegalStateException("the server exited before listening:\n" + output()));
    }

    /** Where it listens, once it says so. */
    public String awaitBaseUrl() {
        return baseUrl.orTimeout(60, TimeUnit.SECONDS).join();
    }

    public Api api() {
        return new Api(awaitBaseUrl());
    }

    /** SIGTERM: the graceful stop an operator's Ctrl-C gives; waits for the exit. */
    public void stopGracefully() throws InterruptedException {
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, nothing graceful. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the child server did not exit:\n" + output());
        }
        return process.exitValue();
    }

    public String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
