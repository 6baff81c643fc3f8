package io.cuedeck.server.http;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.websocket.core.Configuration;
import org.eclipse.jetty.websocket.core.FrameHandler;

/**
 * A WebSocket so hot that the edge upgrades it itself, on Jetty's core WebSocket API, once the
 * {@link UpgradeGuard} admitted it: no servlet, session handler, filters or Javalin upgrade (which
 * copies headers, query and path parameters and session attributes into every socket's context)
 * run for it. The viewer socket is one (every viewer of a show joins within seconds): accepting it
 * through Javalin cost ~0.4-0.9 ms of CPU per connection (issue 10, docs/benchmarks.md).
 *
 * <p>As with {@link FastRoute}, the socket's Javalin twin stays registered and runs the same code:
 * the edge passes on what {@link #match} does not take, and anything that is not a valid upgrade.
 * Only for open sockets: no token check runs here.
 */
public interface FastSocket {

    /** The socket's template, as the OpenAPI document names it (e.g. {@code /v1/shows/{showId}/live}). */
    String template();

    /** The path parameter when {@code path} is exactly this socket's, else null (Javalin upgrades it). */
    String match(String path);

    /** Before the upgrade: throws an {@link ApiException} to refuse it with an HTTP answer. Must not block. */
    void check(Request request);

    /**
     * The socket's handler, for an upgrade {@link #check} let through. Must not block. Its frames
     * arrive on the selector thread ({@link SelectorReadHandshaker}): a frame whose handling may
     * block (an engine call) is handed to an executor, and the next frame is demanded only once
     * it is done.
     */
    FrameHandler open(String parameter, Request request);

    /** The socket's limits: message sizes, queued frames, idle timeout. */
    void configure(Configuration configuration);
}
