package io.cuedeck.server.watch;

import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which web pages may open viewer sockets: {@code CUEDECK_ALLOWED_ORIGINS}, a comma-separated list
 * of origins ({@code https://watch.example.com}, {@code http://192.168.1.20:8080}) and the word
 * {@code self}, the origin the request was addressed to (its {@code Host}, so the companion page this
 * server serves works under whatever name or address a phone used to reach it). Default: {@code self}.
 * A request without an {@code Origin} header is not from a web page (a native app) and is not
 * checked here.
 *
 * @param self   {@code self} is in the list (default: true)
 * @param listed the other origins, normalised (lower case, default port left out)
 */
public record AllowedOrigins(boolean self, Set<String> listed) {

    public static final String KEY = "CUEDECK_ALLOWED_ORIGINS";
    public static final String SELF = "self";
    private static final String ALLOWED = "a comma-separated list of 'self' and origins such as "
            + "https://watch.example.com or http://192.168.1.20:8080 (scheme http or https, no path)";

    public AllowedOrigins {
        listed = Set.copyOf(listed);
    }

    public static AllowedOrigins defaults() {
        return new AllowedOrigins(true, Set.of());
    }

    /** Reads {@link #KEY}; an entry that is not {@code self} or an origin stops the start, naming it. */
    public static AllowedOrigins from(ConfigSource source) {
        String raw = source.get(KEY).orElse(null);
        if (raw == null) {
            return defaults();
        }
        boolean self = false;
        Set<String> listed = new LinkedHashSet<>();
        for (String entry : raw.split(",", -1)) {
            String e = entry.strip();
            if (e.equalsIgnoreCase(SELF)) {
                self = true;
                continue;
            }
            String origin = normalise(e);
            if (origin == null) {
                throw ConfigException.invalid(KEY, raw, ALLOWED + "; '" + e + "' is not one");
            }
            listed.add(origin);
        }
        return new AllowedOrigins(self, listed);
    }

    /**
     * Whether a page of {@code origin} may open a socket on a request addressed to {@code ownOrigin}
     * ({@code scheme://Host} of the request; null when the request named no usable host).
     */
    public boolean allows(String origin, String ownOrigin) {
        String given = normalise(origin);
        if (given == null) {
            return false;
        }
        if (self && given.equals(normalise(ownOrigin))) {
            return true;
        }
        return listed.contains(given);
    }

    /**
     * An origin as browsers send it, {@code scheme://host[:port]}, in one spelling: scheme and host
     * in lower case, the scheme's default port left out. Null for anything else (a path, a query,
     * user info, {@code null}, another scheme).
     */
    static String normalise(String origin) {
        if (origin == null || origin.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean web = scheme.equals("http") || scheme.equals("https");
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
        if (!web || uri.getHost() == null || !bare || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            return null;
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
