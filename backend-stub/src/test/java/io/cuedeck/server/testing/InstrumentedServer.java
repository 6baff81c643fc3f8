package io.cuedeck.server.testing;

import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.engine.hot.memory.MemoryHotEngine;
import io.cuedeck.server.http.Tokens;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on the memory engine and an {@link InstrumentedColdStore} over SQLite, on a free
 * loopback port with its own data directory (deleted on close), and the producer token
 * {@link TestServer#PRODUCER}: for tests that make the store fail or count what reaches it. One
 * per test, stopped after it:
 *
 * <pre>{@code
 * @RegisterExtension final InstrumentedServer server = new InstrumentedServer();
 * }</pre>
 */
public final class InstrumentedServer implements AutoCloseable, AfterEachCallback {

    private final Path dataDir = TestServer.tempDir();
    private final InstrumentedColdStore cold = new InstrumentedColdStore(SqliteColdStore.open(dataDir));
    private final RunningServer server;
    private final Api api;

    public InstrumentedServer() {
        this(io.cuedeck.server.config.ConfigSource.empty());
    }

    /** With configuration keys of the server's features (limits, say) read from {@code source}. */
    public InstrumentedServer(io.cuedeck.server.config.ConfigSource source) {
        server = CuedeckServer.start(ServerConfig.defaults(dataDir).withPort(0).withSource(source)
                .withTokens(Tokens.parse("producer:" + TestServer.PRODUCER)), Clock.systemUTC(), new MemoryHotEngine(),
                cold.store());
        api = new Api(server.baseUrl());
    }

    /** The store as the server uses it: make it fail, hold its answer writes, count its calls. */
    public InstrumentedColdStore cold() {
        return cold;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    public Api api() {
        return api;
    }

    @Override
    public void close() {
        server.stop();
        TempDirs.delete(dataDir);
    }

    /** {@code ws://127.0.0.1:port}. */
    public String wsBase() {
        return server.baseUrl().replace("http://", "ws://");
    }
}
