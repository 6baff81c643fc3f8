package io.cuedeck.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the server logs while it is open: slf4j-simple writes to whatever {@code System.err} is at
 * the time of each line, so this copies standard error (still passing it on) until closed.
 */
public final class LogCapture implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    private LogCapture() {
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (capture.copy) {
                    capture.copy.write(b);
                }
                capture.original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (capture.copy) {
                    capture.copy.write(b, off, len);
                }
                capture.original.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8));
        return capture;
    }

    public List<String> lines() {
        synchronized (copy) {
            return copy.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
