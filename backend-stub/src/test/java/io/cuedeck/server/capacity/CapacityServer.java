package io.cuedeck.server.capacity;

import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on the embedded engines, configured through its keys as an operator would, with a
 * token per role (automation included) and a quick simulated provider (1 s to provision, a tick
 * a second), on a free loopback port with a data directory of its own.
 */
final class CapacityServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    static final String AUTOMATION = "automation-token";

    private final Map<String, String> settings;
    private final java.time.Clock clock;
    private Path dir;
    private RunningServer server;

    CapacityServer(Map<String, String> settings) {
        this(settings, java.time.Clock.systemUTC());
    }

    /** With a clock of the test's (a manual one: calendar fixtures at fixed dates). */
    CapacityServer(Map<String, String> settings, java.time.Clock clock) {
        this.settings = SchedulerRig.withUnitOf5000(settings);
        this.clock = clock;
    }

    static CapacityServer perClass(Map<String, String> settings) {
        return new CapacityServer(settings);
    }

    static CapacityServer start(Map<String, String> settings) {
        CapacityServer s = new CapacityServer(settings);
        s.open();
        return s;
    }

    void open() {
        dir = TestServer.tempDir();
        Map<String, String> env = new HashMap<>();
        env.put("CUEDECK_PORT", "0");
        env.put("CUEDECK_DATA_DIR", dir.toString());
        env.put("CUEDECK_TOKENS", "producer:" + TestServer.PRODUCER + ",host:" + TestServer.HOST + ",manager:"
                + TestServer.MANAGER + ",automation:" + AUTOMATION);
        env.put("CUEDECK_SIM_PROVISION_SECONDS", "1");
        env.put("CUEDECK_CAPACITY_TICK_SECONDS", "1");
        env.put("CUEDECK_CAPACITY_LEASE_SECONDS", "3");
        env.putAll(settings);
        server = CuedeckServer.start(ServerConfig.from(ConfigSource.of(env)), clock);
    }

    Api api() {
        return new Api(() -> server.baseUrl());
    }

    RunningServer server() {
        return server;
    }

    String wsBase() {
        return server.baseUrl().replace("http://", "ws://");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop();
        TempDirs.delete(dir);
    }
}
