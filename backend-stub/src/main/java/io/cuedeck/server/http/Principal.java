package io.cuedeck.server.http;

/**
 * Who made a request: the name of the token it carried (for the audit trail; never the token) and
 * its role. Put on the request by {@link Access} once the token checked out.
 */
public record Principal(String name, Role role) {

    /** The request attribute that holds it. */
    public static final String ATTRIBUTE = "cuedeck.principal";

    /** The server itself (a lapsed take-control lease, say). */
    public static final Principal SERVER = new Principal("server", null);
}
