package io.cuedeck.console.session;

import io.cuedeck.protocol.Show;

/**
 * The backend and show a command is for, read from the {@link Session} on the UI thread at the
 * moment the producer pressed: background work uses this and never reads the session (which
 * changes on the UI thread only), so a backend or show switched between the press and the job's
 * start cannot redirect a TAKE or an edit. Either part may be null (nothing connected or picked).
 */
public record Target(Backend backend, Show show) {

    /** True when both a backend and a show are there. */
    public boolean complete() {
        return backend != null && show != null;
    }

    public String showId() {
        return show == null ? null : show.id();
    }
}
