package io.cuedeck.server.http;

import io.cuedeck.server.config.ConfigException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bearer tokens the server accepts and their roles. Only SHA-256 digests are kept, and a
 * presented token is compared with every one of them in constant time, so neither a token nor
 * its length leaks through timing. {@link #toString()} never shows a token.
 */
public final class Tokens {

    public static final String KEY = "CUEDECK_TOKENS";

    private record Entry(Role role, byte[] digest) {
    }

    private final List<Entry> entries;
    private final String firstProducer;

    private Tokens(List<Entry> entries, String firstProducer) {
        this.entries = List.copyOf(entries);
        this.firstProducer = firstProducer;
    }

    public static Tokens none() {
        return new Tokens(List.of(), null);
    }

    /** One producer token, e.g. the generated one. */
    public static Tokens producer(String token) {
        return parse("producer:" + token);
    }

    /**
     * Parses {@code role:token,role:token}; several tokens per role are allowed. Errors name the
     * entry by position, never the token.
     */
    public static Tokens parse(String spec) {
        List<Entry> entries = new ArrayList<>();
        String producer = null;
        String[] parts = spec.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            int colon = part.indexOf(':');
            String where = KEY + " entry " + (i + 1);
            if (colon <= 0) {
                throw new ConfigException(where + " is not role:token; allowed roles: producer, host, manager, automation");
            }
            String roleName = part.substring(0, colon).trim();
            String token = part.substring(colon + 1).trim();
            Role role = roleOf(roleName, where);
            if (!token.matches("[\\x21-\\x7e]{1,256}") || token.contains(",")) {
                throw new ConfigException(where + " (" + roleName + ") has an empty or invalid token: "
                        + "allowed 1-256 visible ASCII characters, no comma");
            }
            entries.add(new Entry(role, digest(token)));
            if (role == Role.PRODUCER && producer == null) {
                producer = token;
            }
        }
        return new Tokens(entries, producer);
    }

    private static Role roleOf(String name, String where) {
        for (Role r : Role.values()) {
            if (r.label().equals(name)) {
                return r;
            }
        }
        throw new ConfigException(where + " has role '" + name + "': allowed roles are producer, host, manager, automation");
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The first producer token, for a program that embeds the server and talks to it. */
    public Optional<String> producerToken() {
        return Optional.ofNullable(firstProducer);
    }

    /** The role of {@code token}; every configured digest is compared, whatever matches first. */
    public Optional<Role> roleOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        byte[] presented = digest(token);
        Role found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(presented, e.digest()) && found == null) {
                found = e.role();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "Tokens[" + entries.size() + " configured]";
    }
}
