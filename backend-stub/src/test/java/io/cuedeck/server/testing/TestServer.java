package io.cuedeck.server.testing;

import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.http.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on the embedded engines, on a free loopback port, with its own data directory
 * (deleted on close) and one token per role. Either started at once ({@link #start()}), or one
 * per test class as an extension:
 *
 * <pre>{@code
 * @RegisterExtension static final TestServer server = TestServer.perClass();
 * private static final Api api = server.api();
 * }</pre>
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final String PRODUCER = "producer-token";
    public static final String HOST = "host-token";
    public static final String MANAGER = "manager-token";

    private final UnaryOperator<ServerConfig> tweak;
    private final Api api = new Api(this::baseUrl);
    private Path dataDir;
    private RunningServer server;

    private TestServer(UnaryOperator<ServerConfig> tweak) {
        this.tweak = tweak;
    }

    public static TestServer start() {
        return start(c -> c);
    }

    public static TestServer start(UnaryOperator<ServerConfig> tweak) {
        TestServer s = new TestServer(tweak);
        s.open();
        return s;
    }

    /** A server started before the class's tests and stopped after them. */
    public static TestServer perClass() {
        return perClass(c -> c);
    }

    public static TestServer perClass(UnaryOperator<ServerConfig> tweak) {
        return new TestServer(tweak);
    }

    private void open() {
        dataDir = tempDir();
        ServerConfig config = ServerConfig.defaults(dataDir).withPort(0)
                .withTokens(Tokens.parse("producer:" + PRODUCER + ",host:" + HOST + ",manager:" + MANAGER));
        server = CuedeckServer.start(tweak.apply(config));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public static Path tempDir() {
        try {
            return Files.createTempDirectory("cuedeck-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API of this server (usable before it starts: the address is looked up per request). */
    public Api api() {
        return api;
    }

    public RunningServer server() {
        return server;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** {@code ws://127.0.0.1:port}. */
    public String wsBase() {
        return server.baseUrl().replace("http://", "ws://");
    }

    @Override
    public void close() {
        server.stop();
        TempDirs.delete(dataDir);
    }
}
