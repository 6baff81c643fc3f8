package io.cuedeck.server.http;

import io.cuedeck.protocol.ApiError;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's own error pages, as the API's JSON: whatever Jetty refuses before a route runs (a
 * malformed request line, escape or header, a 431, a failed WebSocket upgrade) answers
 * {@code {error, message}} like every other refusal, never an HTML page or an empty body.
 * Installed as the server's and the servlet context's error handler; client errors are not
 * logged, server errors only through a {@link LogThrottle}.
 */
public final class JettyErrors extends org.eclipse.jetty.ee10.servlet.ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JettyErrors.class);
    private static final String SERVLET_MESSAGE = "jakarta.servlet.error.message";
    private static final String SERVLET_EXCEPTION = "jakarta.servlet.error.exception";

    private final LogThrottle failures = new LogThrottle(LOG, "request failed in Jetty");

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        Object message = first(request.getAttribute(ERROR_MESSAGE), request.getAttribute(SERVLET_MESSAGE));
        Object cause = first(request.getAttribute(ERROR_EXCEPTION), request.getAttribute(SERVLET_EXCEPTION));
        if (cause instanceof HttpException http) {
            status = http.getCode();
            message = http.getReason();
        }
        if (status < 400) {
            status = 500;
        }
        if (status >= 500 && cause instanceof Throwable t && !(t instanceof HttpException)
                && !ErrorMapping.clientWentAway(t)) {
            failures.error(request.getMethod() + " " + request.getHttpURI().getPath(), t);
        }
        response.setStatus(status);
        if (cause instanceof HttpException && status < 500) {
            // a request Jetty found malformed: it does not keep the connection, and says so (see below)
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        write(response, StatusErrors.of(status, message instanceof String s ? s : null), callback);
        return true;
    }

    /**
     * For a request Jetty could not even parse: the body it sends with the status. Jetty closes
     * the connection after it, so the answer says so: a client that pools connections (the JDK's,
     * OkHttp) would otherwise send its next request on the closed one and, for a POST it may not
     * retry, fail with no answer at all (found by security/InjectionTest: {@code PATCH} after a
     * {@code %00} in a path).
     */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONNECTION, "close");
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(StatusErrors.json(StatusErrors.of(status, reason)));
    }

    /** Writes an error as the whole response (a HEAD response keeps the headers only). */
    public static void write(Response response, ApiError error, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(StatusErrors.json(error)), callback);
    }

    private static Object first(Object a, Object b) {
        return a != null ? a : b;
    }
}
