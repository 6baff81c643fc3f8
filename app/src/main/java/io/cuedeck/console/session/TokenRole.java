package io.cuedeck.console.session;

import io.cuedeck.connector.ForbiddenException;
import io.cuedeck.connector.NotFoundException;
import java.util.Locale;

/**
 * What the console's token may do on its backend, as {@code GET /api/v1/me} says. A server from
 * before that route answers it 404; the console then asks with a request that changes nothing
 * whoever sends it (deleting a cue of a show that does not exist): a producer token gets 404, any
 * other role the server's 403, whose message names the role. The embedded rehearsal is always a
 * producer's.
 */
public enum TokenRole {
    PRODUCER, HOST, MANAGER, OTHER;

    static final String PROBE = "cuedeck-role-probe";

    /** May this token change shows, the rundown and capacity, and fire? */
    public boolean producesShows() {
        return this == PRODUCER || this == HOST;
    }

    /** Asks {@code backend} (blocking: call it off the UI thread). Unknown answers count as {@link #OTHER}. */
    public static TokenRole probe(Backend backend) {
        if (backend.embedded()) {
            return PRODUCER;
        }
        try {
            return of(backend.me().role());
        } catch (NotFoundException older) {
            return byRefusal(backend);
        }
    }

    /** The role named by {@code /me} ({@code producer}, {@code host}, {@code manager}, {@code automation}). */
    static TokenRole of(String role) {
        return switch (role == null ? "" : role.toLowerCase(Locale.ROOT)) {
            case "producer" -> PRODUCER;
            case "host" -> HOST;
            case "manager" -> MANAGER;
            default -> OTHER;
        };
    }

    private static TokenRole byRefusal(Backend backend) {
        try {
            backend.deleteCue(PROBE, PROBE);
            return PRODUCER;
        } catch (NotFoundException e) {
            return PRODUCER;
        } catch (ForbiddenException e) {
            return fromRefusal(e.getMessage());
        }
    }

    /** The role a 403's message names ("A manager token cannot do this; it needs producer."). */
    static TokenRole fromRefusal(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.startsWith("a manager token")) {
            return MANAGER;
        }
        if (m.startsWith("a host token")) {
            return HOST;
        }
        return OTHER;
    }
}
