package io.cuedeck.server.control;

import io.cuedeck.protocol.Control;
import io.cuedeck.server.Ids;
import io.cuedeck.server.audit.Audit;
import io.cuedeck.server.engine.hot.ControlLocks;
import io.cuedeck.server.engine.hot.ControlLocks.Lease;
import io.cuedeck.server.http.Access;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Principal;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Who holds TAKE for a show, between consoles. A console takes control when nobody holds it (by
 * itself with its first TAKE, or with take); another console asks for it (request), and the holder
 * hands it over (accept, or release while asked) or keeps it (decline); a request the holder has
 * not answered for {@code CUEDECK_CONTROL_FORCE_SECONDS} may be forced. The lease lives in the hot
 * engine ({@link ControlLocks}), renewed while the holder's console stream is open
 * ({@link ControlWatch}), so a console that crashed holds nothing for long. Every step is one
 * compare-and-set on the lease, audited, and told to the consoles of the show at once.
 * {@link OnAirGate} is what the on-air routes ask.
 */
public final class TakeControl {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final int TRIES = 8;

    private final ControlLocks locks;
    private final Audit audit;
    private final ControlSockets sockets;
    private final ControlConfig config;
    private final Clock clock;

    public TakeControl(ControlLocks locks, Audit audit, ControlSockets sockets, ControlConfig config, Clock clock) {
        this.locks = locks;
        this.audit = audit;
        this.sockets = sockets;
        this.config = config;
        this.clock = clock;
    }

    /** A change of the state: the next state, and what to write in the audit trail (null: nothing changed). */
    record Step(ControlState next, String action, String detail) {
        static Step none() {
            return new Step(null, null, null);
        }
    }

    @FunctionalInterface
    interface Rule {
        Step apply(ControlState now);
    }

    public Control view(Context ctx, String showId) {
        return current(showId).seenBy(ConsoleIds.optional(ctx), config.forceAfter());
    }

    public Control take(Context ctx, String showId) {
        String me = ConsoleIds.required(ctx);
        return change(ctx, showId, me, now -> {
            if (now.heldBy(me)) {
                return Step.none();
            }
            if (now.holder() != null) {
                throw heldByAnother(now, me);
            }
            return new Step(new ControlState(seat(ctx, me), null), "control.taken", "took control");
        });
    }

    public Control request(Context ctx, String showId) {
        String me = ConsoleIds.required(ctx);
        return change(ctx, showId, me, now -> {
            if (now.heldBy(me) || now.askedBy(me)) {
                return Step.none();
            }
            if (now.holder() == null) {
                return new Step(new ControlState(seat(ctx, me), null), "control.taken", "took control (nobody held it)");
            }
            if (now.requester() != null) {
                throw ApiException.conflict("conflict", now.requester().name() + " already asked " + now.holder().name()
                        + " for control; wait for the answer.");
            }
            return new Step(new ControlState(now.holder(), seat(ctx, me)), "control.requested",
                    "asked " + now.holder().name() + " for control");
        });
    }

    public Control accept(Context ctx, String showId) {
        String me = ConsoleIds.required(ctx);
        return change(ctx, showId, me, now -> {
            requireHolder(now, me);
            if (now.requester() == null) {
                throw ApiException.conflict("conflict", "Nobody asked for control.");
            }
            return handOver(now, "handed control to " + now.requester().name());
        });
    }

    public Control decline(Context ctx, String showId) {
        String me = ConsoleIds.required(ctx);
        return change(ctx, showId, me, now -> {
            requireHolder(now, me);
            if (now.requester() == null) {
                return Step.none();
            }
            return new Step(new ControlState(now.holder(), null), "control.declined",
                    "kept control; " + now.requester().name() + " asked for it");
        });
    }

    /** The holder gives control up (to the console that asked, if one did); an asking console withdraws. */
    public Control release(Context ctx, String showId) {
        String me = ConsoleIds.required(ctx);
        return change(ctx, showId, me, now -> {
            if (now.askedBy(me)) {
                return new Step(new ControlState(now.holder(), null), "control.withdrawn", "no longer asks for control");
            }
            if (!now.heldBy(me)) {
                return Step.none();
            }
            if (now.requester() != null) {
                return handOver(now, "released control to " + now.requester().name() + ", who had asked");
            }
            return new Step(ControlState.FREE, "control.released", "released control");
        });
    }

    public Control force(Context ctx, String showId) {
        String me = ConsoleIds.required(ctx);
        return change(ctx, showId, me, now -> {
            if (now.heldBy(me)) {
                return Step.none();
            }
            if (now.holder() == null) {
                return new Step(new ControlState(seat(ctx, me), null), "control.taken", "took control (nobody held it)");
            }
            if (!now.askedBy(me)) {
                throw ApiException.conflict("conflict", "Ask " + now.holder().name() + " for control first; you can force "
                        + "the take if there is no answer within " + config.forceAfter().toSeconds() + " s.");
            }
            if (clock.instant().isBefore(now.forceAt(config.forceAfter()))) {
                throw ApiException.conflict("conflict", now.holder().name() + " has until "
                        + CLOCK.format(now.forceAt(config.forceAfter())) + " to answer; you can force the take then.");
            }
            return new Step(new ControlState(seat(ctx, me), null), "control.forced", "forced the take from "
                    + now.holder().name() + ", who did not answer within " + config.forceAfter().toSeconds() + " s");
        });
    }

    ControlState current(String showId) {
        return locks.get(showId).map(l -> ControlState.read(l.state())).orElse(ControlState.FREE);
    }

    Control change(Context ctx, String showId, String me, Rule rule) {
        for (int i = 0; i < TRIES; i++) {
            Optional<Lease> lease = locks.get(showId);
            ControlState now = lease.map(l -> ControlState.read(l.state())).orElse(ControlState.FREE);
            Step step = rule.apply(now);
            if (step.next() == null) {
                return now.seenBy(me, config.forceAfter());
            }
            Lease next = new Lease(Ids.newId(), step.next().json());
            if (locks.replace(showId, lease.map(Lease::version).orElse(null), next, config.lease())) {
                audit.record(ctx, showId, step.action(), null, step.detail());
                sockets.tell(showId, step.next(), config.forceAfter());
                return step.next().seenBy(me, config.forceAfter());
            }
        }
        throw ApiException.conflict("conflict", "Control of this show changed several times meanwhile; try again.");
    }

    private Step handOver(ControlState now, String detail) {
        ControlState.Seat next = now.requester();
        return new Step(new ControlState(new ControlState.Seat(next.consoleId(), next.name(), next.role(), clock.instant()),
                null), "control.handed_over", detail);
    }

    ControlState.Seat seat(Context ctx, String consoleId) {
        Principal who = Access.principal(ctx);
        return new ControlState.Seat(consoleId, who == null ? "unknown" : who.name(),
                who == null || who.role() == null ? null : who.role().label(), clock.instant());
    }

    private static void requireHolder(ControlState now, String me) {
        if (!now.heldBy(me)) {
            throw ApiException.conflict("not_in_control", now.holder() == null ? "Nobody holds control of this show."
                    : "Only the console that holds control (" + now.holder().name() + ") can answer.");
        }
    }

    private static ApiException heldByAnother(ControlState now, String me) {
        return ApiException.conflict("conflict", now.holder().name() + " has control of this show on another console; "
                + "ask for control instead.");
    }
}
