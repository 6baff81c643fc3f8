package io.cuedeck.console.common;

import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The user's settings and window layout, kept in memory and written back through the background
 * executor on every change (never on the FX thread). Loaded once at start by {@link SettingsStore}.
 * The remote token is kept apart from these values (see {@link SettingsStore#saveToken}).
 * Writes never overtake each other: the background pool may run them in any order, so each write
 * takes the newest values under one lock, and a write that finds nothing newer does nothing.
 */
public final class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    public static final String BACKEND = "backend";
    public static final String REMOTE_URL = "remote.url";
    public static final String LOCALE = "locale";
    public static final String WORKSPACE = "workspace";
    public static final String AUDIENCE = "audience.viewers";
    public static final String LAST_SHOW = "show.last";
    public static final String WELCOME_SEEN = "welcome.seen";
    public static final String WINDOW_X = "window.x";
    public static final String WINDOW_Y = "window.y";
    public static final String WINDOW_WIDTH = "window.width";
    public static final String WINDOW_HEIGHT = "window.height";
    public static final String WINDOW_MAXIMIZED = "window.maximized";
    public static final String RUNDOWN_DIVIDER = "rundown.divider";
    /** The rehearsal backend listens on every interface, for phones on this network (default: false, loopback only). */
    public static final String REHEARSAL_PHONES = "rehearsal.phones";

    private final Properties values;
    private final SettingsStore store;
    private final Executor io;
    private final AtomicReference<Properties> unsaved = new AtomicReference<>();
    private final AtomicReference<String> unsavedToken = new AtomicReference<>();
    private final Object writing = new Object();
    private String token;

    public Settings(Properties values, String token, SettingsStore store, Executor io) {
        this.values = values;
        this.token = token;
        this.store = store;
        this.io = io;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key)).filter(v -> !v.isBlank());
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public int getInt(String key, int fallback) {
        return get(key).map(v -> parseInt(v, fallback)).orElse(fallback);
    }

    public double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(values.getProperty(key));
    }

    /** Changes a value and writes the whole file in the background. */
    public void set(String key, Object value) {
        String text = String.valueOf(value);
        if (text.equals(values.getProperty(key))) {
            return;
        }
        values.setProperty(key, text);
        Properties copy = new Properties();
        copy.putAll(values);
        unsaved.set(copy);
        write(key);
    }

    /** The remembered remote token, if any. Never logged, never shown. */
    public Optional<String> token() {
        return Optional.ofNullable(token).filter(t -> !t.isBlank());
    }

    public void rememberToken(String newToken) {
        this.token = newToken;
        unsavedToken.set(newToken == null ? "" : newToken);
        write("the remote token");
    }

    /** A change that arrives after the console closed (a request answered late) is not saved. */
    private void write(String what) {
        try {
            io.execute(this::writeNewest);
        } catch (RejectedExecutionException closing) {
            LOG.fine(() -> "The console is closing: " + what + " is not saved");
        }
    }

    private void writeNewest() {
        synchronized (writing) {
            Properties newest = unsaved.getAndSet(null);
            if (newest != null) {
                store.save(newest);
            }
            String newestToken = unsavedToken.getAndSet(null);
            if (newestToken != null) {
                store.saveToken(newestToken);
            }
        }
    }

    private static int parseInt(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
