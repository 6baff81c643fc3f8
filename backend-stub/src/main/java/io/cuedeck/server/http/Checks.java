package io.cuedeck.server.http;

import java.util.regex.Pattern;

/** Checks on client input that several routes share; each failure names the field. */
public final class Checks {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");
    private static final Pattern PATH_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Checks() {
    }

    /** Text with {@code min..max} characters (code points) once surrounding blanks are trimmed. */
    public static String text(String field, String value, int min, int max) {
        if (value == null) {
            throw ApiException.validation(field, field + " is required.");
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < min || length > max) {
            throw ApiException.validation(field, field + " must have " + min + " to " + max
                    + " characters; it has " + length + ".");
        }
        return trimmed;
    }

    /** A viewer id: a UUID in its usual 8-4-4-4-12 form, returned in lower case. */
    public static String viewerId(String value) {
        if (value == null || !UUID.matcher(value).matches()) {
            throw ApiException.validation("viewerId", "viewerId must be a UUID such as "
                    + "3f2b8c1e-9a4d-4e5f-8b7a-1c2d3e4f5a6b.");
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }

    /** An Idempotency-Key header: 1-128 visible ASCII characters. */
    public static String idempotencyKey(String value) {
        if (value == null || value.isEmpty()) {
            throw ApiException.validation("Idempotency-Key", "The Idempotency-Key header is required: "
                    + "send the same key when you retry a fire.");
        }
        if (!KEY.matcher(value).matches()) {
            throw ApiException.validation("Idempotency-Key", "The Idempotency-Key must be 1 to 128 visible ASCII characters.");
        }
        return value;
    }

    /** True when a path segment can be one of our ids (anything else cannot exist). */
    public static boolean plausibleId(String value) {
        return value != null && PATH_ID.matcher(value).matches();
    }
}
