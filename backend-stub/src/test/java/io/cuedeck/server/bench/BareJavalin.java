package io.cuedeck.server.bench;

import io.javalin.Javalin;

/**
 * The framework's floor for the heartbeat benchmark (bench/heartbeat.sh): Javalin 7 as Cuedeck
 * configures its HTTP side, with one route that reads the body and answers 204, nothing else.
 * Runs until killed. Loopback only.
 *
 * <pre>java -cp ... io.cuedeck.server.bench.BareJavalin PORT</pre>
 */
public final class BareJavalin {

    private BareJavalin() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = "127.0.0.1";
            cfg.jetty.port = port;
            cfg.routes.post("/v1/shows/{showId}/heartbeat", ctx -> {
                ctx.bodyAsBytes();
                ctx.status(204);
            });
        }).start();
    }
}
