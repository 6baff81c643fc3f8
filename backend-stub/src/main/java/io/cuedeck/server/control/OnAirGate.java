package io.cuedeck.server.control;

import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.http.ApiException;
import io.javalin.http.Context;

/**
 * What the on-air routes ask before they act: while a console holds TAKE for the show, only that
 * console may fire, close or reveal (409 {@code not_in_control} for anyone else, API and automation
 * callers included); while nobody holds it, everyone may, as without consoles, and a console's
 * first TAKE takes control ({@link TakeControl}).
 */
public final class OnAirGate {

    private final TakeControl control;
    private final ColdStore cold;

    public OnAirGate(TakeControl control, ColdStore cold) {
        this.control = control;
        this.cold = cold;
    }

    /**
     * Before a fire: the caller's console holds control, or nobody does (a console then takes it
     * with this TAKE). A retry of a fire that already went out (its key is stored) passes, so it gets
     * the same receipt as the first try, even if control moved meanwhile.
     */
    public void allowFire(Context ctx, String showId, String idempotencyKey) {
        String me = ConsoleIds.optional(ctx);
        ControlState now = current(showId);
        if (now.holder() == null && me != null) {
            control.change(ctx, showId, me, state -> state.holder() != null ? TakeControl.Step.none()
                    : new TakeControl.Step(new ControlState(control.seat(ctx, me), null), "control.taken",
                            "took control with its first TAKE"));
            now = current(showId);
        }
        if (now.holder() == null || now.heldBy(me) || firedAlready(showId, idempotencyKey)) {
            return;
        }
        throw notInControl(now, me);
    }

    /** Before a close or a reveal: the caller's console holds control, or nobody does. */
    public void allowOnAir(Context ctx, String showId) {
        String me = ConsoleIds.optional(ctx);
        ControlState now = current(showId);
        if (now.holder() != null && !now.heldBy(me)) {
            throw notInControl(now, me);
        }
    }

    private ControlState current(String showId) {
        return control.current(showId);
    }

    private boolean firedAlready(String showId, String key) {
        return key != null && cold.fires(showId).stream().anyMatch(f -> key.equals(f.idempotencyKey()));
    }

    private static ApiException notInControl(ControlState now, String me) {
        String holder = now.holder().name();
        String since = TakeControl.CLOCK.format(now.holder().since());
        return ApiException.conflict("not_in_control", me == null
                ? "A console (" + holder + ", since " + since + ") has control of this show: only that console can fire, "
                        + "close or reveal now. Ask its operator to release control."
                : holder + " has control of this show on another console (since " + since + "). Ask for control, and "
                        + "TAKE once it is handed to you.");
    }
}
