package io.cuedeck.server.audit;

import io.cuedeck.protocol.AuditEntry;
import io.cuedeck.server.Ids;
import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.cold.AuditTrail;
import io.cuedeck.server.http.Access;
import io.cuedeck.server.http.Principal;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records producer actions in the show's audit trail: who (the token's name and role, from
 * {@link Access}), when, from which address, the request's {@code Idempotency-Key}, what was acted
 * on and a short sentence. Routes call it after the action succeeded and before they answer, in
 * one line:
 *
 * <pre>{@code audit.record(ctx, showId, "cue.created", cue.id(), "Added a poll: Who wins?");}</pre>
 *
 * A request that may be repeated (a fire's retry with the same key) uses {@link #recordOnce}: the
 * entry's id is made from the once-key, so the trail holds it once. If the trail cannot be written
 * the entry is logged in full (the log keeps it) and the request answers 503 {@code unavailable}:
 * a retry with the same key records it then.
 */
public final class Audit {

    private static final Logger LOG = LoggerFactory.getLogger(Audit.class);

    private final AuditTrail trail;
    private final Access access;
    private final Clock clock;

    public Audit(AuditTrail trail, Access access, Clock clock) {
        this.trail = trail;
        this.access = access;
        this.clock = clock;
    }

    /** Records {@code action} by whoever made {@code ctx}'s request. */
    public void record(Context ctx, String showId, String action, String target, String detail) {
        recordOnce(ctx, showId, null, action, target, detail);
    }

    /** As {@link #record}, at most once per {@code onceKey} for the show (null: always a new entry). */
    public void recordOnce(Context ctx, String showId, String onceKey, String action, String target, String detail) {
        Principal who = Access.principal(ctx);
        String key = ctx.header("Idempotency-Key");
        if (key != null && !key.matches("[\\x21-\\x7e]{1,128}")) {
            key = null;
        }
        append(new AuditEntry(id(onceKey), showId, clock.instant(), action, who == null ? null : who.name(),
                who == null || who.role() == null ? null : who.role().label(), access.clientAddress(ctx), key, target,
                detail));
    }

    /** Records an action that no request made (the server noticed a lapsed lease, say). */
    public void recordBy(Principal who, String address, String showId, String onceKey, String action, String target,
            String detail) {
        append(new AuditEntry(id(onceKey), showId, clock.instant(), action, who.name(),
                who.role() == null ? null : who.role().label(), address, null, target, detail));
    }

    /** The trail itself: reports and exports read a show's entries with {@code trail().all(showId)}. */
    public AuditTrail trail() {
        return trail;
    }

    private void append(AuditEntry entry) {
        try {
            trail.append(entry);
        } catch (EngineUnavailableException e) {
            LOG.error("audit entry not stored (the action was done): {}", entry);
            throw new EngineUnavailableException("The action was done, but the audit trail could not record it ("
                    + e.getMessage() + "); send the same request again to record it.", e);
        }
    }

    private static String id(String onceKey) {
        if (onceKey == null) {
            return Ids.newId();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(onceKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
