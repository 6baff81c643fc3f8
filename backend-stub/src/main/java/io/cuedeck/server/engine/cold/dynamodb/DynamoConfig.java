package io.cuedeck.server.engine.cold.dynamodb;

import io.cuedeck.server.config.ConfigException;
import java.net.URI;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which DynamoDB table to use. Region and credentials are not here: they come from the AWS SDK's
 * default chains (environment, system properties, profile files, container or instance roles).
 *
 * @param table         {@code CUEDECK_DYNAMODB_TABLE}: the single table; default {@code cuedeck}
 * @param endpoint      {@code CUEDECK_DYNAMODB_ENDPOINT}: an endpoint override (DynamoDB Local, a VPC
 *                      endpoint), or null for the region's public endpoint
 * @param create        {@code CUEDECK_DYNAMODB_CREATE}: {@code true} creates the table (on-demand
 *                      capacity, TTL on {@code expiresAt}) when it is missing; default {@code false}
 * @param retentionDays {@code CUEDECK_DYNAMODB_ANSWER_RETENTION_DAYS}: when above 0, answers carry
 *                      {@code expiresAt} and DynamoDB deletes them that many days later; default 0
 *                      (kept forever)
 */
public record DynamoConfig(String table, URI endpoint, boolean create, int retentionDays) {

    public static final String TABLE_KEY = "CUEDECK_DYNAMODB_TABLE";
    public static final String ENDPOINT_KEY = "CUEDECK_DYNAMODB_ENDPOINT";
    public static final String CREATE_KEY = "CUEDECK_DYNAMODB_CREATE";
    public static final String RETENTION_KEY = "CUEDECK_DYNAMODB_ANSWER_RETENTION_DAYS";

    public static final String DEFAULT_TABLE = "cuedeck";

    public DynamoConfig {
        if (table == null || !table.matches("[A-Za-z0-9_.\\-]{3,255}")) {
            throw new ConfigException(TABLE_KEY + "=" + table
                    + " is not valid: use 3 to 255 of A-Z a-z 0-9 _ . -");
        }
        if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null
                || !(endpoint.getScheme().equals("http") || endpoint.getScheme().equals("https")))) {
            throw new ConfigException(ENDPOINT_KEY + "=" + endpoint
                    + " is not valid: use http(s)://host[:port], e.g. http://127.0.0.1:8000");
        }
        if (retentionDays < 0 || retentionDays > 36_500) {
            throw new ConfigException(RETENTION_KEY + "=" + retentionDays
                    + " is not valid: use a number of days from 0 (keep forever) to 36500");
        }
    }

    public static DynamoConfig defaults() {
        return new DynamoConfig(DEFAULT_TABLE, null, false, 0);
    }

    /** Reads the keys from {@code source} (null for a key that is not set). */
    public static DynamoConfig from(Function<String, String> source) {
        String table = orDefault(source.apply(TABLE_KEY), DEFAULT_TABLE);
        String endpoint = source.apply(ENDPOINT_KEY);
        URI uri = null;
        if (endpoint != null && !endpoint.isBlank()) {
            try {
                uri = URI.create(endpoint.trim());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(ENDPOINT_KEY + "=" + endpoint
                        + " is not valid: use http(s)://host[:port], e.g. http://127.0.0.1:8000");
            }
        }
        String create = orDefault(source.apply(CREATE_KEY), "false").toLowerCase(Locale.ROOT);
        if (!create.equals("true") && !create.equals("false")) {
            throw new ConfigException(CREATE_KEY + "=" + create + " is not valid: use true or false");
        }
        String retention = orDefault(source.apply(RETENTION_KEY), "0");
        int days;
        try {
            days = Integer.parseInt(retention);
        } catch (NumberFormatException e) {
            throw new ConfigException(RETENTION_KEY + "=" + retention
                    + " is not valid: use a number of days from 0 (keep forever) to 36500");
        }
        return new DynamoConfig(table, uri, Boolean.parseBoolean(create), days);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
