package io.cuedeck.server.http;

import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import io.javalin.http.Context;
import java.util.function.IntSupplier;

/**
 * Who may read {@code /metrics} and the detailed {@code /health}: anyone (the default, for a
 * server on loopback), or only a request with the operations token ({@code CUEDECK_OPS_TOKEN}),
 * or only a request that arrived on the operations address ({@code CUEDECK_OPS_BIND}, a second
 * listener an operator keeps off the public network). With both set, either is enough. The
 * public {@code /health} then says only {@code ok} or {@code degraded}, for load balancers.
 */
public final class OpsAccess {

    public static final String TOKEN_KEY = "CUEDECK_OPS_TOKEN";
    public static final String BIND_KEY = "CUEDECK_OPS_BIND";

    /** {@code host:port} of the operations listener; port 0 picks a free one. */
    public record Bind(String host, int port) {
    }

    private final Tokens token;
    private final Bind bind;
    private volatile IntSupplier opsPort = () -> -1;

    private OpsAccess(Tokens token, Bind bind) {
        this.token = token;
        this.bind = bind;
    }

    public static OpsAccess open() {
        return new OpsAccess(Tokens.none(), null);
    }

    public static OpsAccess from(ConfigSource src) {
        Tokens token = src.get(TOKEN_KEY).map(t -> {
            if (!t.matches("[\\x21-\\x7e]{16,256}")) {
                throw new ConfigException(TOKEN_KEY + " is not valid: 16-256 visible ASCII characters");
            }
            return Tokens.parse("manager:" + t);
        }).orElse(Tokens.none());
        Bind bind = src.get(BIND_KEY).map(OpsAccess::bind).orElse(null);
        return new OpsAccess(token, bind);
    }

    private static Bind bind(String value) {
        int colon = value.lastIndexOf(':');
        try {
            String host = value.substring(0, colon).replace("[", "").replace("]", "");
            int port = Integer.parseInt(value.substring(colon + 1));
            if (colon > 0 && port >= 0 && port <= 65_535 && host.matches("[A-Za-z0-9.:\\-%]{1,255}")) {
                return new Bind(host, port);
            }
        } catch (RuntimeException e) {
            // falls through to the message below
        }
        throw ConfigException.invalid(BIND_KEY, value, "host:port such as 127.0.0.1:9464 (port 0 picks a free one)");
    }

    /** The operations listener to open, or null. */
    public Bind bind() {
        return bind;
    }

    /** Tells this where the operations listener actually listens, once it does. */
    void listeningOn(IntSupplier port) {
        this.opsPort = port;
    }

    public boolean restricted() {
        return !token.isEmpty() || bind != null;
    }

    public boolean allows(Context ctx) {
        if (!restricted()) {
            return true;
        }
        if (bind != null && ctx.req().getLocalPort() == opsPort.getAsInt()) {
            return true;
        }
        String header = ctx.header("Authorization");
        return !token.isEmpty() && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && token.roleOf(header.substring(7).trim()).isPresent();
    }

    /** The refusal of {@code /metrics} to a request that may not read it. */
    public ApiException refusal() {
        return token.isEmpty()
                ? ApiException.notFound("There is no route GET /metrics here; it is served on the operations address.")
                : ApiException.unauthorized("/metrics needs the operations token: Authorization: Bearer <token>.");
    }
}
