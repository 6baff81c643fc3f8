package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Who holds TAKE for a show (take-control between consoles), as one console sees it: the holder,
 * a console that asked to take over, and from when that console may force the take. Console ids
 * are never sent; {@code you} says whether an operator is the console that asked. Both null: nobody
 * holds control, and the first console to TAKE (or to take control) gets it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Control(Operator holder, Operator requester, Instant forceAt) {

    /** A console's operator: its token's name and role, since when, and whether it is the reader. */
    public record Operator(String name, String role, Instant since, boolean you) {
    }

    public static Control free() {
        return new Control(null, null, null);
    }
}
