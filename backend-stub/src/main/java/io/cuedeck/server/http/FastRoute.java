package io.cuedeck.server.http;

/**
 * A route so hot that the edge answers it itself, on Jetty's core API, once its body has been
 * read ahead: no servlet, session handler, filters or Javalin tasks run for it. The heartbeat is
 * one (every viewer, every 30 s): a profile of its route put most of the request's CPU in that
 * machinery, not in the route (issue 10, docs/benchmarks.md).
 *
 * <p>The route's Javalin twin stays registered and calls the same code, so the answer is the same
 * whichever way a request goes: the edge passes on what {@link #match} does not take (another
 * method, a request without a body, an id it would have to decode), and the router, the OpenAPI
 * test and the role matrix still see the route. Only for open routes: no token check runs here.
 */
public interface FastRoute {

    /** The route's template, as the HTTP metrics name it (e.g. {@code /v1/shows/{showId}/heartbeat}). */
    String template();

    /** The path parameter when {@code method path} is exactly this route's, else null (Javalin answers). */
    String match(String method, String path);

    /** Answers 204 by returning; a refusal is the {@link ApiException} it throws. Must not block. */
    void handle(String parameter, byte[] body);
}
