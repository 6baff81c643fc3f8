package io.cuedeck.console.common;

import io.cuedeck.connector.ConnectionState;
import java.time.Duration;
import java.time.Instant;
import io.cuedeck.console.theme.Styles;

/** The console stream's state in a few words, for the status bar and TAKE's disabled reason. */
public final class ConnectionWords {

    private ConnectionWords() {
    }

    public static String describe(ConnectionState state, Instant now, I18n i18n) {
        if (state == null) {
            return i18n.get("connection.noShow");
        }
        return switch (state.phase()) {
            case LIVE -> i18n.get("connection.live");
            case CONNECTING -> i18n.get("connection.connecting");
            case RECONNECTING -> state.nextAttemptAt() == null
                    ? i18n.format("connection.reconnecting", state.attempt())
                    : i18n.format("connection.reconnectingIn", state.attempt(),
                            Math.max(0, Duration.between(now, state.nextAttemptAt()).toSeconds()));
            case LOST -> state.reason() == null ? i18n.get("connection.lost")
                    : i18n.format("connection.lostBecause", state.reason());
            case CLOSED -> i18n.get("connection.closed");
        };
    }

    /** The style class for the state's colour (see theme). */
    public static String styleClass(ConnectionState state) {
        if (state == null) {
            return Styles.STATE_IDLE;
        }
        return switch (state.phase()) {
            case LIVE -> Styles.STATE_LIVE;
            case CONNECTING, RECONNECTING -> Styles.STATE_WARN;
            case LOST, CLOSED -> Styles.STATE_ERROR;
        };
    }
}
