package io.cuedeck.console.session;

import io.cuedeck.connector.ClientConfig;
import io.cuedeck.connector.CuedeckClient;
import io.cuedeck.connector.audience.Audience;
import io.cuedeck.connector.audience.AudienceConfig;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.http.Tokens;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * Starts the bundled backend in-process on the embedded engines (in-memory hot, SQLite cold in the
 * user's data directory) on a free loopback port, makes sure a live rehearsal show with sample
 * cues exists, and starts the simulated crowd on it. The producer token is made fresh in memory
 * for this run: it is never written or logged. {@link #stopServer()} and {@link #restartServer()}
 * (same port, same data) let a test take the backend away and bring it back.
 */
public final class EmbeddedRehearsal implements EmbeddedStarter {

    /** Where a rehearsal open to phones listens: every interface of this computer. */
    public static final String ALL_INTERFACES = "0.0.0.0";

    private final Path dataDir;
    private final Duration rampUp;
    private RunningServer server;
    private ServerConfig config;

    public EmbeddedRehearsal(Path dataDir) {
        this(dataDir, Duration.ofSeconds(5));
    }

    public EmbeddedRehearsal(Path dataDir, Duration rampUp) {
        this.dataDir = dataDir;
        this.rampUp = rampUp;
    }

    @Override
    public Started start(int viewers) {
        return start(viewers, false);
    }

    @Override
    public synchronized Started start(int viewers, boolean openToNetwork) {
        stopServer();
        String token = newToken();
        config = ServerConfig.defaults(dataDir).withPort(0).withTokens(Tokens.producer(token));
        if (openToNetwork) {
            config = config.withBind(ALL_INTERFACES);
        }
        server = CuedeckServer.start(config);
        config = config.withPort(server.port());
        // The console and the crowd always use loopback, whichever interfaces the server listens on.
        String local = "http://127.0.0.1:" + server.port();
        CuedeckClient client = CuedeckClient.create(ClientConfig.of(local, token));
        Audience audience = null;
        try {
            String showId = SampleShow.ensureLive(client);
            AudienceConfig crowd = AudienceConfig.of(URI.create(local), showId, viewers);
            audience = Audience.start(new AudienceConfig(crowd.baseUrl(), showId, viewers, crowd.platforms(),
                    crowd.regions(), crowd.languages(), crowd.heartbeatInterval(), crowd.ackDelay(), crowd.answerRate(),
                    crowd.answerDelay(), crowd.choiceWeights(), rampUp, System.nanoTime(), null, null, 0.05, null));
            Audience started = audience;
            RunningServer mine = server;
            Backend backend = new ClientBackend(client, true, openToNetwork, () -> {
                started.close();
                synchronized (this) {
                    mine.stop();
                }
            });
            return new Started(backend, new Crowd(audience), showId);
        } catch (RuntimeException e) {
            if (audience != null) {
                audience.close();
            }
            client.close();
            stopServer();
            throw e;
        }
    }

    /** Stops the server (the console's stream starts reconnecting); the crowd keeps trying. */
    public synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Starts the server again on the same port with the same data and token. */
    public synchronized void restartServer() {
        if (server == null && config != null) {
            server = CuedeckServer.start(config);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The console's handle on the simulated crowd. */
    private record Crowd(Audience audience) implements RehearsalAudience {

        @Override
        public int viewers() {
            return audience.stats().targetViewers();
        }

        @Override
        public void resize(int viewers) {
            audience.resize(viewers);
        }
    }
}
