package io.cuedeck.console.common;

import io.cuedeck.connector.BackendUnreachableException;
import io.cuedeck.connector.CuedeckException;
import io.cuedeck.connector.ForbiddenException;
import io.cuedeck.connector.UnauthorizedException;

/** Turns a failure into a sentence a producer understands; never a stack trace on screen. */
public final class Errors {

    private Errors() {
    }

    public static String describe(Throwable error, I18n i18n) {
        if (error instanceof java.util.concurrent.CancellationException
                || error instanceof io.cuedeck.connector.CancelledException) {
            return i18n.get("error.cancelled");
        }
        if (error instanceof BackendUnreachableException e) {
            return i18n.format("error.unreachable", messageOf(e));
        }
        if (error instanceof UnauthorizedException) {
            return i18n.get("error.unauthorized");
        }
        if (error instanceof ForbiddenException e) {
            return i18n.format("error.forbidden", messageOf(e));
        }
        if (error instanceof CuedeckException e) {
            return messageOf(e);
        }
        return i18n.format("error.unexpected", messageOf(error));
    }

    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
