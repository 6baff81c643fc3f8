package io.cuedeck.server.http;

import io.cuedeck.server.config.ConfigException;
import java.util.regex.Pattern;

/**
 * The show a host token is tied to ({@code host@<showId>:<token>} in {@code CUEDECK_TOKENS},
 * {@code show=<showId>} in the token file): such a host acts on that show only. Only hosts can be
 * tied: a producer runs the whole server, a manager reads every show's reports, a push server's
 * automation token boosts capacity for all of them, so a scoped one of those is a mistake made at
 * configuration, refused before the server starts rather than found out on air.
 */
public final class ShowScope {

    /** A show id as {@code POST /api/v1/shows} accepts one (ShowService's rule). */
    private static final Pattern SHOW_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private ShowScope() {
    }

    /** {@code show} checked for {@code role} (null stays null: not scoped); {@code where} names the entry. */
    static String of(Role role, String show, String where) {
        if (show == null) {
            return null;
        }
        if (role != Role.HOST) {
            String article = "aeiou".indexOf(role.label().charAt(0)) >= 0 ? "an " : "a ";
            throw new ConfigException(where + ": only a host token can be tied to a show (show " + show + "); "
                    + article + role.label() + " token acts on every show");
        }
        if (!SHOW_ID.matcher(show).matches()) {
            throw new ConfigException(where + ": '" + show + "' is not a show id (1-64 of A-Z a-z 0-9 _ -)");
        }
        return show;
    }

    /** 403 unless {@code who} may act on {@code showId} (null: a thing of no show, allowed). */
    static void require(Principal who, String showId) {
        if (who != null && !who.reaches(showId)) {
            throw ApiException.forbidden("The host token " + who.name() + " is for show '" + who.show()
                    + "' only; it cannot act on show '" + showId + "'.");
        }
    }
}
