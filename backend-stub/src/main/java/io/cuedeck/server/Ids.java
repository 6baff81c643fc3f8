package io.cuedeck.server;

import java.security.SecureRandom;

/** Random ids for shows, cues, fires and nodes: unguessable, URL-safe, short enough to read. */
public final class Ids {

    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** 16 characters, about 80 bits: for records. */
    public static String newId() {
        return random(16);
    }

    /** 8 characters: for node ids, which only need to differ within one cluster. */
    public static String shortId() {
        return random(8);
    }

    private static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
