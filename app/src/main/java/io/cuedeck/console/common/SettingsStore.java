package io.cuedeck.console.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and writes {@code console.properties} and {@code remote.token} in the per-user directory.
 * Writes go to a temporary file first and are then moved into place, so a crash never leaves a
 * half-written file. The token file is owner-only where the file system allows it.
 */
public final class SettingsStore {

    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    private final Path settingsFile;
    private final Path tokenFile;

    public SettingsStore(Path home) {
        this.settingsFile = home.resolve("console.properties");
        this.tokenFile = home.resolve("remote.token");
    }

    public Path settingsFile() {
        return settingsFile;
    }

    /** Blocking: call off the FX thread (the app does it before the first window). */
    public Settings load(Executor io) {
        Properties values = new Properties();
        if (Files.isRegularFile(settingsFile)) {
            try (Reader reader = Files.newBufferedReader(settingsFile, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not read " + settingsFile + "; starting with defaults", e);
            }
        }
        String token = null;
        try {
            token = Files.isRegularFile(tokenFile) ? Files.readString(tokenFile).trim() : null;
        } catch (IOException e) {
            LOG.warning("Could not read the remembered token file " + tokenFile);
        }
        return new Settings(values, token, this, io);
    }

    synchronized void save(Properties values) {
        try {
            Path tmp = prepare(settingsFile);
            try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(writer, "Cuedeck console settings");
            }
            moveIntoPlace(tmp, settingsFile);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not save settings to " + settingsFile, e);
        }
    }

    synchronized void saveToken(String token) {
        try {
            Path tmp = prepare(tokenFile);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Windows: the per-user profile directory already keeps other users out.
            }
            Files.writeString(tmp, token == null ? "" : token, StandardCharsets.UTF_8);
            moveIntoPlace(tmp, tokenFile);
        } catch (IOException e) {
            LOG.warning("Could not save the remote token to " + tokenFile);
        }
    }

    private static Path prepare(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
