package io.cuedeck.console.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the console keeps per-user files: settings, window layout, the remembered remote token,
 * and the embedded backend's data. Windows {@code %APPDATA%\Cuedeck}, macOS
 * {@code ~/Library/Application Support/Cuedeck}, elsewhere {@code $XDG_DATA_HOME/cuedeck} or
 * {@code ~/.local/share/cuedeck}. The system property {@code cuedeck.home} or the environment
 * variable {@code CUEDECK_CONSOLE_HOME} overrides it (tests, several profiles on one machine).
 */
public final class AppDirs {

    private AppDirs() {
    }

    public static Path home() {
        return resolve(System.getProperty("cuedeck.home"), System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home"));
    }

    static Path resolve(String override, Map<String, String> env, String osName, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String fromEnv = env.get("CUEDECK_CONSOLE_HOME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Cuedeck") : Path.of(userHome, "AppData", "Roaming", "Cuedeck");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Cuedeck");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "cuedeck") : Path.of(userHome, ".local", "share", "cuedeck");
    }

    /** The embedded backend's data directory (SQLite file, generated token). */
    public static Path backendData(Path home) {
        return home.resolve("backend");
    }
}
