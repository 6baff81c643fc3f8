package io.cuedeck.server.control;

import io.cuedeck.server.http.ApiException;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * How a console says which console it is: the {@code Cuedeck-Console} header (8-64 of
 * {@code A-Z a-z 0-9 _ -}, a random id the console makes per backend it connects to) on its
 * requests and its console stream ({@code ?console=} where a header cannot be set). API and
 * automation callers send none: they fire as before while no console holds control.
 */
public final class ConsoleIds {

    public static final String HEADER = "Cuedeck-Console";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private ConsoleIds() {
    }

    static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The request's console id, or null when it sent none; a malformed one is 400. */
    static String optional(Context ctx) {
        String id = ctx.header(HEADER);
        if (id == null || id.isEmpty()) {
            return null;
        }
        if (!valid(id)) {
            throw ApiException.validation(HEADER, HEADER + " must be 8 to 64 characters of A-Z, a-z, 0-9, _ and -.");
        }
        return id;
    }

    /** The request's console id; only a console can hold control, so none is 400. */
    static String required(Context ctx) {
        String id = optional(ctx);
        if (id == null) {
            throw ApiException.validation(HEADER, "Only a console can hold control: send " + HEADER
                    + ": <the console's id> (the Cuedeck console does).");
        }
        return id;
    }
}
