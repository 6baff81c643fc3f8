package io.cuedeck.server.http;

import io.javalin.security.RouteRole;
import java.util.Locale;

/**
 * Who a token belongs to. Producers do everything; hosts read and fire, close and reveal;
 * managers read and see reports. Automation (what a push server holds) may only boost capacity
 * now and read capacity. Every role may ask who it is ({@code GET /api/v1/me}). Viewer routes and
 * {@code /health}, {@code /metrics} need none.
 */
public enum Role implements RouteRole {
    PRODUCER, HOST, MANAGER, AUTOMATION;

    /** Every role: reading shows, cues, the live status and the console stream. */
    public static final Role[] READ = {PRODUCER, HOST, MANAGER};
    /** Firing, closing and revealing cues. */
    public static final Role[] FIRE = {PRODUCER, HOST};
    /** The fire and show reports. */
    public static final Role[] REPORTS = {PRODUCER, MANAGER};
    /**
     * A fire's report: reports' readers, and the host who fired it: a host reads the fire reports
     * of the shows it can fire in (its one show when its token is tied to one, {@link ShowScope};
     * else every show).
     */
    public static final Role[] FIRE_REPORT = {PRODUCER, HOST, MANAGER};
    /** Changing shows and the rundown. */
    public static final Role[] WRITE = {PRODUCER};

    // --- capacity (issue 8) ---
    /** Reading boosts, the capacity state and the plan. */
    public static final Role[] CAPACITY_READ = {PRODUCER, HOST, MANAGER, AUTOMATION};
    /** Capacity at once for an unplanned moment: called on air, or by a push server. */
    public static final Role[] BOOST_NOW = {PRODUCER, HOST, AUTOMATION};

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "producer, host, manager": every role's label, for messages. */
    public static String labels() {
        return java.util.Arrays.stream(values()).map(Role::label).collect(java.util.stream.Collectors.joining(", "));
    }
}
