package io.cuedeck.server;

import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;

/**
 * {@code java -jar cuedeck-server.jar}: configuration from the environment (and
 * {@code CUEDECK_CONFIG_FILE}), one line when listening, a graceful stop on SIGTERM/Ctrl-C.
 * A bad configuration prints one line and exits with status 2. {@code token ...} keeps the token
 * file instead ({@link io.cuedeck.server.http.TokenCommand}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("token")) {
            System.exit(io.cuedeck.server.http.TokenCommand.run(args, System.getenv(), System.out, System.err));
            return;
        }
        RunningServer server;
        try {
            server = CuedeckServer.start(ServerConfig.from(ConfigSource.fromEnvironment(System.getenv())));
        } catch (ConfigException e) {
            System.err.println("Cuedeck server not started: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("Cuedeck server not started: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "cuedeck-shutdown"));
        server.generatedTokenFile().ifPresent(file ->
                System.out.println("No CUEDECK_TOKENS set: the producer token is in " + file));
        System.out.println("Cuedeck server listening on " + server.baseUrl());
    }
}
