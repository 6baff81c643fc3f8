package io.cuedeck.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where configuration values come from: environment variables over an optional properties file
 * ({@code CUEDECK_CONFIG_FILE}) with the same keys. Every config record reads its own keys from
 * here (the server's, and each engine's), so adding an engine touches no other record. Blank
 * values count as unset.
 */
public final class ConfigSource {

    public static final String CONFIG_FILE = "CUEDECK_CONFIG_FILE";

    private final Map<String, String> values;

    private ConfigSource(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Exactly these values (tests, and programs that embed the server). */
    public static ConfigSource of(Map<String, String> values) {
        return new ConfigSource(values);
    }

    public static ConfigSource empty() {
        return of(Map.of());
    }

    /** The process's environment over the file that {@code CUEDECK_CONFIG_FILE} names, if any. */
    public static ConfigSource fromEnvironment(Map<String, String> env) {
        Map<String, String> merged = new HashMap<>();
        String file = env.get(CONFIG_FILE);
        if (file != null && !file.isBlank()) {
            merged.putAll(readFile(Path.of(file)));
        }
        merged.putAll(env);
        return new ConfigSource(merged);
    }

    private static Map<String, String> readFile(Path file) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw ConfigException.invalid(CONFIG_FILE, file.toString(), "a readable properties file (" + e.getMessage() + ")");
        }
        Map<String, String> out = new HashMap<>();
        props.stringPropertyNames().forEach(k -> out.put(k, props.getProperty(k).trim()));
        return out;
    }

    public Optional<String> get(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** The value parsed by {@code parse}, or {@code fallback} when unset; a parse failure names the key. */
    public <T> T get(String key, T fallback, Function<String, T> parse, String allowed) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            T value = parse.apply(raw.get());
            if (value == null) {
                throw ConfigException.invalid(key, raw.get(), allowed);
            }
            return value;
        } catch (RuntimeException e) {
            if (e instanceof ConfigException) {
                throw e;
            }
            throw ConfigException.invalid(key, raw.get(), allowed);
        }
    }

    /** An integer in {@code min..max}, or {@code fallback} when unset. */
    public int getInt(String key, int fallback, int min, int max) {
        String allowed = "an integer from " + min + " to " + max;
        int value = get(key, fallback, Integer::parseInt, allowed);
        if (value < min || value > max) {
            throw ConfigException.invalid(key, String.valueOf(value), allowed);
        }
        return value;
    }
}
