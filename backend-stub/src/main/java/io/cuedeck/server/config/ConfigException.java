package io.cuedeck.server.config;

/**
 * A configuration value that cannot be used. The message is one line naming the key, the value
 * (never a token) and what is allowed; {@code Main} prints it and exits with status 2.
 */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    /** The usual message: {@code KEY=value is not valid: allowed ...}. */
    public static ConfigException invalid(String key, String value, String allowed) {
        return new ConfigException(key + "=" + value + " is not valid: " + allowed);
    }
}
