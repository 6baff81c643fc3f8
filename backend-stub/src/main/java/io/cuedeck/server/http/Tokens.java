package io.cuedeck.server.http;

import io.cuedeck.server.config.ConfigException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bearer tokens the server accepts, each with its role and a name (who it belongs to, for the
 * audit trail). Only SHA-256 digests are kept, and a presented token is compared with every one of
 * them in constant time, so neither a token nor its length leaks through timing. {@link #toString()}
 * never shows a token. Tokens of {@code CUEDECK_TOKENS} are named by role and position
 * ({@code producer-1}, {@code host-2}); the generated one is {@code producer}; the token file
 * ({@link TokenHashFile}) names its own.
 */
public final class Tokens {

    public static final String KEY = "CUEDECK_TOKENS";

    /** One accepted token: its role, its name, the SHA-256 of its text and its show (null: every show). */
    public record Entry(Role role, String name, byte[] digest, String show) {
        public Entry(Role role, String name, byte[] digest) {
            this(role, name, digest, null);
        }
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

    /** One producer token, e.g. the generated one, named {@code producer}. */
    public static Tokens producer(String token) {
        return of(List.of(new Entry(Role.PRODUCER, "producer", digest(token))));
    }

    /** These entries (from the token file: digests only, so no producer token to hand out). */
    public static Tokens of(List<Entry> entries) {
        return new Tokens(entries, null);
    }

    /** This server's tokens and {@code more} together; the first producer token stays this one's. */
    public Tokens and(Tokens more) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(more.entries);
        return new Tokens(all, firstProducer != null ? firstProducer : more.firstProducer);
    }

    /**
     * Parses {@code role:token,role:token}; several tokens per role are allowed, and a host token
     * may be tied to one show as {@code host@<showId>:<token>} (the role part ends at the first
     * colon, so a token may hold any character but a comma). Errors name the entry by position,
     * never the token.
     */
    public static Tokens parse(String spec) {
        List<Entry> entries = new ArrayList<>();
        java.util.Map<Role, Integer> perRole = new java.util.EnumMap<>(Role.class);
        String producer = null;
        String[] parts = spec.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            int colon = part.indexOf(':');
            String where = KEY + " entry " + (i + 1);
            if (colon <= 0) {
                throw new ConfigException(where + " is not role:token (or host@<showId>:token); allowed roles: "
                        + Role.labels());
            }
            String roleName = part.substring(0, colon).trim();
            String token = part.substring(colon + 1).trim();
            int at = roleName.indexOf('@');
            Role role = roleOf(at < 0 ? roleName : roleName.substring(0, at).trim(), where);
            String show = ShowScope.of(role, at < 0 ? null : roleName.substring(at + 1).trim(), where + " (" + roleName + ")");
            if (!token.matches("[\\x21-\\x7e]{1,256}") || token.contains(",")) {
                throw new ConfigException(where + " (" + roleName + ") has an empty or invalid token: "
                        + "allowed 1-256 visible ASCII characters, no comma");
            }
            int n = perRole.merge(role, 1, Integer::sum);
            entries.add(new Entry(role, role.label() + "-" + n, digest(token), show));
            if (role == Role.PRODUCER && producer == null) {
                producer = token;
            }
        }
        return new Tokens(entries, producer);
    }

    static Role roleOf(String name, String where) {
        for (Role r : Role.values()) {
            if (r.label().equals(name)) {
                return r;
            }
        }
        throw new ConfigException(where + " has role '" + name + "': allowed roles are " + Role.labels());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    /** The first producer token, for a program that embeds the server and talks to it. */
    public Optional<String> producerToken() {
        return Optional.ofNullable(firstProducer);
    }

    /** The role of {@code token}; every configured digest is compared, whatever matches first. */
    public Optional<Role> roleOf(String token) {
        return principalOf(token).map(Principal::role);
    }

    /** Who {@code token} belongs to; every configured digest is compared, whatever matches first. */
    public Optional<Principal> principalOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        byte[] presented = digest(token);
        Entry found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(presented, e.digest()) && found == null) {
                found = e;
            }
        }
        return found == null ? Optional.empty() : Optional.of(new Principal(found.name(), found.role(), found.show()));
    }

    /** The SHA-256 of a token's UTF-8 text, as the token file stores it. */
    public static byte[] digest(String token) {
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
