package io.cuedeck.server.audience;

import io.cuedeck.protocol.viewer.AckMessage;
import java.nio.charset.StandardCharsets;

/**
 * Reads an ack in the one form every client sends it, {@code {"type":"ack","fireId":"..."}}
 * (the watch page's {@code JSON.stringify} and the connector's Jackson both write exactly that),
 * without the JSON parser: a fan-out brings one ack per viewer at once, and this is the only
 * message they send. Anything else, an escape in the id, a space or another field, is not read
 * here but by the parser, so what is accepted, and how, does not change.
 */
final class AckText {

    private static final byte[] HEAD = "{\"type\":\"ack\",\"fireId\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final int TAIL = 2; // the closing quote and brace

    private AckText() {
    }

    /** The ack, or null when the text is not in that form (the JSON parser then reads it). */
    static AckMessage parse(byte[] utf8) {
        int end = utf8.length - TAIL;
        if (end < HEAD.length || utf8[end] != '"' || utf8[end + 1] != '}') {
            return null;
        }
        for (int i = 0; i < HEAD.length; i++) {
            if (utf8[i] != HEAD[i]) {
                return null;
            }
        }
        for (int i = HEAD.length; i < end; i++) {
            byte b = utf8[i];
            // a quote ends the string early, a backslash starts an escape, and JSON has no raw control characters
            if (b == '"' || b == '\\' || (b >= 0 && b < 0x20)) {
                return null;
            }
        }
        return new AckMessage(new String(utf8, HEAD.length, end - HEAD.length, StandardCharsets.UTF_8));
    }
}
