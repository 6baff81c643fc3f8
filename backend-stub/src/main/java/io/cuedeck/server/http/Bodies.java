package io.cuedeck.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.cuedeck.server.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads JSON bodies strictly, in one place for HTTP bodies and socket frames, and says exactly
 * what is wrong: not JSON, not an object, or a syntax error anywhere in it ({@code bad_json}),
 * or which field has an unknown name, a wrong type or a bad value ({@code validation} with the
 * field's path, e.g. {@code options[2].en}). Bodies over {@link #MAX_BYTES} never get here:
 * the edge refuses them with 413 before reading them ({@link EdgeGuard}).
 */
public final class Bodies {

    public static final int MAX_BYTES = 64 * 1024;

    /** One reader per body type: its root deserializer is found once, not per request. */
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return Json.mapper().readerFor(type);
        }
    };

    private Bodies() {
    }

    /** The body as {@code type}; a missing body is an error. */
    public static <T> T read(Context ctx, Class<T> type) {
        T value = readOptional(ctx, type);
        if (value == null) {
            throw missing();
        }
        return value;
    }

    /** A body already read (by the edge, for a {@link FastRoute}) as {@code type}, with {@link #read}'s errors. */
    public static <T> T read(byte[] bytes, Class<T> type) {
        if (blank(bytes)) {
            throw missing();
        }
        return parse(bytes, type);
    }

    private static ApiException missing() {
        return ApiException.badJson("A JSON object is required as the request body.");
    }

    /** The body as {@code type}, or null when there is none. */
    public static <T> T readOptional(Context ctx, Class<T> type) {
        byte[] bytes = ctx.attribute(EdgeGuard.BODY) instanceof byte[] ahead ? ahead : ctx.bodyAsBytes();
        if (blank(bytes)) {
            return null;
        }
        return parse(bytes, type);
    }

    /**
     * Empty or whitespace only ({@link String#isBlank}): a body that is not there. A body that
     * starts, after JSON's whitespace, with a visible ASCII character (every JSON value does) is
     * decided without decoding it to a string.
     */
    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                continue;
            }
            if (b > ' ' && b < 0x7f) {
                return false;
            }
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank();
        }
        return true;
    }

    /** Parses text from a client (an HTTP body or a socket frame) with the same errors; never null. */
    public static <T> T parse(byte[] bytes, Class<T> type) {
        try {
            T value = READERS.get(type).readValue(bytes);
            if (value == null) {
                throw ApiException.badJson("The body must be a JSON object, not null.");
            }
            return value;
        } catch (JacksonException e) {
            throw describe(e);
        } catch (IOException e) {
            throw ApiException.badJson("The body could not be read: " + e.getMessage());
        }
    }

    static ApiException describe(JacksonException e) {
        StreamReadException syntax = syntaxError(e);
        if (syntax != null) {
            var loc = syntax.getLocation();
            return ApiException.badJson("The body is not valid JSON"
                    + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")") + ".");
        }
        if (!(e instanceof JsonMappingException m)) {
            return ApiException.badJson("The body is not valid JSON.");
        }
        String field = path(m);
        if (e instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            return ApiException.validation(field.isEmpty() ? null : field, (field.isEmpty() ? "A field name" : "Field " + field)
                    + " is " + Json.LONE_SURROGATE + ": send the text as valid Unicode.");
        }
        if (field.isEmpty() && e instanceof MismatchedInputException) {
            return ApiException.badJson("The body must be a JSON object.");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return ApiException.validation(field, "Unknown field '" + u.getPropertyName() + "'.");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
            return ApiException.validation(field, "'" + f.getValue() + "' is not allowed for " + field
                    + "; use one of " + allowed + ".");
        }
        if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            return ApiException.validation(field.isEmpty() ? null : field,
                    (field.isEmpty() ? "The body" : "Field " + field) + " must be " + expected(mi.getTargetType()) + ".");
        }
        if (e.getCause() instanceof InputCoercionException) {
            return ApiException.validation(field.isEmpty() ? null : field, "Field " + field + " is a number out of range.");
        }
        return ApiException.validation(field.isEmpty() ? null : field, "Field " + field + " has a value that cannot be used.");
    }

    /**
     * The syntax error behind {@code e}, or null. Jackson wraps one found inside a field's value
     * in a mapping error with the field's path; it is still malformed JSON, not a wrong value.
     * A number too large for its field is the exception: that is a wrong value.
     */
    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException s && !(t instanceof MismatchedInputException)
                    && !(t instanceof InputCoercionException)) {
                return s;
            }
        }
        return null;
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2026-11-21T20:00:00Z";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    /** {@code options[2].en} from Jackson's reference path. */
    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            }
        }
        return Json.clean(out.toString());
    }
}
