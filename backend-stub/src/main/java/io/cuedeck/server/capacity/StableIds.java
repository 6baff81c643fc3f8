package io.cuedeck.server.capacity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Ids derived from what a boost stands for (a calendar event's UID and RECURRENCE-ID, a show's
 * window, a cue, a fire), in the form of the server's own ids: 16 of {@code [a-z0-9]}. The same
 * thing always gets the same id, so a re-import, a rundown change on two nodes at once, or a
 * retried fire updates one boost instead of adding another.
 */
public final class StableIds {

    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private StableIds() {
    }

    public static String of(String what) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8));
            char[] out = new char[16];
            for (int i = 0; i < out.length; i++) {
                out[i] = ALPHABET[(digest[i] & 0xff) % ALPHABET.length];
            }
            return new String(out);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
