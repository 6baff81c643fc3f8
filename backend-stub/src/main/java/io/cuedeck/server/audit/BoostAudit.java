package io.cuedeck.server.audit;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.ImportResult;
import io.javalin.http.Context;

/**
 * The audit entries of capacity boosts: each goes to the trail of the boost's show, or, for a boost
 * of no show, to the capacity trail ({@value #CAPACITY}, a name no show can have; read with
 * {@code GET /api/v1/capacity/audit}). One line per route: {@code BoostAudit.record(audit, ctx,
 * "boost.created", boost)}.
 */
public final class BoostAudit {

    /** The trail of actions that are not of one show. */
    public static final String CAPACITY = "~capacity";

    private BoostAudit() {
    }

    public static void record(Audit audit, Context ctx, String action, Boost boost) {
        audit.record(ctx, boost.showId() == null ? CAPACITY : boost.showId(), action, boost.id(), describe(boost));
    }

    /** A calendar import that stored something (a dry run changes nothing and is not recorded). */
    public static void imported(Audit audit, Context ctx, ImportResult result) {
        if (result.dryRun()) {
            return;
        }
        audit.record(ctx, CAPACITY, "boost.imported", result.calendar(), "calendar " + result.calendar() + ": "
                + size(result.added()) + " added, " + size(result.changed()) + " changed, " + size(result.removed())
                + " cancelled");
    }

    private static String describe(Boost b) {
        return (b.title() == null ? "boost" : b.title()) + " · " + b.start() + " to " + b.end() + " · " + b.units()
                + " units · " + b.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static int size(java.util.List<?> list) {
        return list == null ? 0 : list.size();
    }
}
