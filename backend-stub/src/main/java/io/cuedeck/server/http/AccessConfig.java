package io.cuedeck.server.http;

import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How producer-side access is checked, read from the server's {@link ConfigSource}.
 *
 * @param tokenFile      CUEDECK_TOKEN_FILE: the file of hashed tokens, reloaded when it changes; none by default
 * @param maxFailures    CUEDECK_LOGIN_MAX_FAILURES, default 10: wrong tokens from one address within the window
 *                       before that address is refused (429) until the window has passed
 * @param failureWindow  CUEDECK_LOGIN_WINDOW_SECONDS, default 60
 * (The client address behind a reverse proxy comes from {@code CUEDECK_TRUSTED_PROXIES}, {@link TrustedProxies}.)
 */
public record AccessConfig(Path tokenFile, int maxFailures, Duration failureWindow) {

    public static final int DEFAULT_MAX_FAILURES = 10;
    public static final int DEFAULT_WINDOW_SECONDS = 60;

    public static AccessConfig from(ConfigSource src) {
        Path file = src.get(TokenHashFile.KEY).map(Path::of).orElse(null);
        if (file != null && !Files.isRegularFile(file)) {
            throw ConfigException.invalid(TokenHashFile.KEY, file.toString(),
                    "an existing token file (make one with: java -jar cuedeck-server.jar token add producer <name>)");
        }
        int failures = src.getInt("CUEDECK_LOGIN_MAX_FAILURES", DEFAULT_MAX_FAILURES, 1, 1_000_000);
        int window = src.getInt("CUEDECK_LOGIN_WINDOW_SECONDS", DEFAULT_WINDOW_SECONDS, 1, 86_400);
        return new AccessConfig(file, failures, Duration.ofSeconds(window));
    }

    public static AccessConfig defaults() {
        return new AccessConfig(null, DEFAULT_MAX_FAILURES, Duration.ofSeconds(DEFAULT_WINDOW_SECONDS));
    }
}
