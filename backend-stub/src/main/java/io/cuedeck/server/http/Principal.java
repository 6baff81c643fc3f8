package io.cuedeck.server.http;

/**
 * Who made a request: the name of the token it carried (for the audit trail; never the token),
 * its role, and the one show a host token may be tied to ({@code show}; null: every show). Put
 * on the request by {@link Access} once the token checked out.
 */
public record Principal(String name, Role role, String show) {

    /** The request attribute that holds it. */
    public static final String ATTRIBUTE = "cuedeck.principal";

    /** The server itself (a lapsed take-control lease, say). */
    public static final Principal SERVER = new Principal("server", null);

    /** A token of every show. */
    public Principal(String name, Role role) {
        this(name, role, null);
    }

    /**
     * Whether this token may see and act on {@code showId}. A thing of no show (null: a boost for
     * the whole server) is everybody's who may call its route.
     */
    public boolean reaches(String showId) {
        return show == null || showId == null || show.equals(showId);
    }
}
