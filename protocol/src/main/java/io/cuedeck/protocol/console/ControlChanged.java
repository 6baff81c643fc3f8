package io.cuedeck.protocol.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cuedeck.protocol.Control;
import java.time.Instant;

/**
 * Who holds TAKE now, as this console sees it (see {@link Control}); sent on connect and whenever
 * it changes: taken, asked for, handed over, declined, released, forced or lapsed. JSON type
 * {@code control}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ControlChanged(Control.Operator holder, Control.Operator requester, Instant forceAt)
        implements ConsoleEvent {

    public static ControlChanged of(Control control) {
        return new ControlChanged(control.holder(), control.requester(), control.forceAt());
    }

    public Control control() {
        return new Control(holder, requester, forceAt);
    }
}
