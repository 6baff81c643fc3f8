package io.cuedeck.connector.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.connector.BackendUnreachableException;
import io.cuedeck.connector.ConflictException;
import io.cuedeck.connector.CuedeckException;
import io.cuedeck.connector.ForbiddenException;
import io.cuedeck.connector.NotFoundException;
import io.cuedeck.connector.ProtocolException;
import io.cuedeck.connector.ServerErrorException;
import io.cuedeck.connector.UnauthorizedException;
import io.cuedeck.connector.UntrustedServerException;
import io.cuedeck.connector.ValidationException;
import io.cuedeck.protocol.ApiError;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Turns a failed exchange into the one exception a caller handles. The producer reads the server's
 * {@code message}; when the answer is not a Cuedeck error body, the status decides: 5xx (a proxy or
 * a crashed server) is a server error, anything else a protocol error (probably not a Cuedeck server).
 * 429 is a {@link ServerErrorException} too: for the console both mean "the backend cannot take this
 * now, try again shortly", and both are retried when the request is safe to repeat.
 */
public final class ErrorMapper {

    private final String server;
    private final Duration timeout;

    public ErrorMapper(String server, Duration timeout) {
        this.server = server;
        this.timeout = timeout;
    }

    public CuedeckException fromResponse(RawResponse response) {
        int status = response.status();
        ApiError error = readError(response.body());
        if (error == null) {
            return status >= 500
                    ? new ServerErrorException(status, null, "The Cuedeck server at " + server + " failed (HTTP " + status + ").", null)
                    : new ProtocolException(status, null, "The server at " + server + " answered HTTP " + status
                            + " with something that is not a Cuedeck answer. Is the address right?", null);
        }
        String message = error.message() != null ? error.message() : "The server refused the request (HTTP " + status + ").";
        return switch (status) {
            case 400, 413, 422 -> new ValidationException(status, error.error(), message, error.field(), null);
            case 401 -> new UnauthorizedException(status, error.error(), message, null);
            case 403 -> new ForbiddenException(status, error.error(), message, null);
            case 404 -> new NotFoundException(status, error.error(), message, null);
            case 409 -> new ConflictException(status, error.error(), message, null);
            default -> status == 429 || status >= 500
                    ? new ServerErrorException(status, error.error(), message, null)
                    : new ProtocolException(status, error.error(), message, null);
        };
    }

    /** No answer: the backend unreachable, or (an {@link UntrustedServerException}) its certificate refused. */
    public CuedeckException fromIo(IOException e) {
        String untrusted = CertificateWords.describe(e, host());
        if (untrusted != null) {
            return new UntrustedServerException(untrusted, e);
        }
        String words;
        if (e instanceof InterruptedIOException) {
            words = "The Cuedeck server at " + server + " did not answer within " + seconds(timeout) + ".";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            words = "Cannot reach the Cuedeck server at " + server + " (" + e.getMessage() + "). Is it running?";
        } else if (e instanceof UnknownHostException) {
            words = "Cannot find the Cuedeck server " + server + ": unknown host name.";
        } else {
            words = "The connection to the Cuedeck server at " + server + " broke (" + e.getMessage() + ").";
        }
        return new BackendUnreachableException(0, null, words, e);
    }

    public ProtocolException unreadable(RawResponse response, Exception cause) {
        return new ProtocolException(response.status(), null, "The server at " + server
                + " answered something this console cannot read (" + cause.getMessage() + "). Is the address right, and are the versions compatible?", cause);
    }

    private static ApiError readError(byte[] body) {
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || !node.isObject() || !node.path("error").isTextual()) {
                return null;
            }
            return Json.mapper().treeToValue(node, ApiError.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private String host() {
        try {
            String host = java.net.URI.create(server).getHost();
            return host == null ? server : host;
        } catch (IllegalArgumentException e) {
            return server;
        }
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
