package io.cuedeck.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-escapes in a raw path or query, judged once at the edge. Jetty lets the old
 * {@code %uXXXX} form through in paths, while Javalin's path decoding throws on it; in a query
 * Jetty throws only when someone reads a parameter. Deciding here keeps the two from disagreeing.
 */
final class PercentEscapes {

    private PercentEscapes() {
    }

    /** True if every {@code %} starts a two-digit hex escape and the escaped bytes are UTF-8. */
    static boolean validQuery(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (!escapeAt(raw, i)) {
                    return false;
                }
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else if (c > 0x7f) {
                return false;
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The path with every {@code %} that does not start a two-digit hex escape written as
     * {@code %25}, so that it stands for itself: {@code /v1/shows/%u0041} names a show called
     * {@code %u0041}, which cannot exist (404), rather than failing the decoding (a 500 before).
     * The same string when there is nothing to change.
     */
    static String literalise(String rawPath) {
        int first = firstBad(rawPath);
        if (first < 0) {
            return rawPath;
        }
        StringBuilder out = new StringBuilder(rawPath.length() + 8).append(rawPath, 0, first);
        for (int i = first; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            out.append(c == '%' && !escapeAt(rawPath, i) ? "%25" : String.valueOf(c));
        }
        return out.toString();
    }

    private static int firstBad(String raw) {
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (!escapeAt(raw, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean escapeAt(String s, int i) {
        return i + 2 < s.length() && hex(s.charAt(i + 1)) && hex(s.charAt(i + 2));
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
