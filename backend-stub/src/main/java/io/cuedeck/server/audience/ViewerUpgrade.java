package io.cuedeck.server.audience;

import io.cuedeck.server.http.FastSocket;
import io.cuedeck.server.watch.OriginCheck;
import java.util.concurrent.Executor;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.websocket.core.Configuration;
import org.eclipse.jetty.websocket.core.FrameHandler;

/**
 * {@code WS /v1/shows/{showId}/live}, upgraded by the edge itself ({@link FastSocket}): the Origin
 * check, the same URL checks and 1008 closes as its Javalin twin ({@link ViewerEndpoint#register}),
 * then {@link ViewerFrames} on Jetty's core session. It takes only a show id of URL-unreserved
 * characters (every id the server makes), which no decoding can change; anything else goes to
 * Javalin, which decodes and upgrades it.
 */
public final class ViewerUpgrade implements FastSocket {

    private static final String SUFFIX = "/live";

    private final ViewerEndpoint endpoint;
    private final OriginCheck origins;
    private final Configuration.Customizer limits;

    ViewerUpgrade(ViewerEndpoint endpoint, OriginCheck origins, Configuration.Customizer limits) {
        this.endpoint = endpoint;
        this.origins = origins;
        this.limits = limits;
    }

    @Override
    public String template() {
        return ViewerEndpoint.PATH;
    }

    @Override
    public String match(String path) {
        return ShowPaths.showId(path, SUFFIX);
    }

    @Override
    public void check(Request request) {
        origins.check(request);
    }

    @Override
    public FrameHandler open(String showId, Request request) {
        Fields query = Request.extractQueryParameters(request);
        Executor offload = request.getComponents().getExecutor();
        try {
            return new ViewerFrames(endpoint, endpoint.check(showId, query.getValue("viewerId"), query.getValue("lang"),
                    query.getValue("platform"), query.getValue("region")), null, offload);
        } catch (ViewerEndpoint.Refused e) {
            return new ViewerFrames(endpoint, null, e.getMessage(), offload);
        }
    }

    @Override
    public void configure(Configuration configuration) {
        limits.customize(configuration);
    }
}
