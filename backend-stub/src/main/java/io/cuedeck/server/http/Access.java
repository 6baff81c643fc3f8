package io.cuedeck.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Bearer-token checks. A route declared with roles requires a token of one of them: none or an
 * unknown token is 401, a known token of another role 403. The console socket may pass its token
 * as {@code ?token=} because browsers cannot set headers on a WebSocket. Wrong tokens are counted
 * per client address ({@link LoginThrottle}): past the limit that address gets 429 with
 * {@code Retry-After}, whatever token it sends, until the window has passed. A request that passes
 * carries its {@link Principal} (the token's name, role and show) as an attribute, for the audit trail.
 * Tokens are read from {@code tokens} at every check, so a reloaded token file applies at once.
 * A host token tied to one show ({@link ShowScope}) is refused (403) on every route and socket
 * whose {@code {showId}} is another show's: checked here, once, so no route can forget it; routes
 * that name a show elsewhere (a body, a query) use {@link #requireShow}.
 */
public final class Access {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Access.class);

    private final Supplier<Tokens> tokens;
    private final LoginThrottle throttle;
    private final ClientAddress addresses;
    private final Counter unknown;
    private final Counter throttled;

    public Access(Tokens tokens) {
        this(() -> tokens, new LoginThrottle(AccessConfig.DEFAULT_MAX_FAILURES,
                java.time.Duration.ofSeconds(AccessConfig.DEFAULT_WINDOW_SECONDS), Clock.systemUTC()),
                new ClientAddress(TrustedProxies.none()), new SimpleMeterRegistry());
    }

    public Access(Supplier<Tokens> tokens, LoginThrottle throttle, ClientAddress addresses, MeterRegistry meters) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.addresses = addresses;
        this.unknown = Counter.builder("cuedeck.login.refused").tag("reason", "unknown_token").register(meters);
        this.throttled = Counter.builder("cuedeck.login.refused").tag("reason", "throttled").register(meters);
    }

    /** Checks every HTTP route that was declared with roles, before its handler runs. */
    public void install(RoutesConfig routes) {
        routes.beforeMatched(ctx -> {
            Set<RouteRole> roles = ctx.routeRoles();
            if (!roles.isEmpty()) {
                require(ctx, bearer(ctx.header("Authorization")), roles);
            }
        });
    }

    /** For a socket upgrade: the header's token, else the {@code token} query parameter. */
    public Role requireForSocket(Context ctx, Role... allowed) {
        return require(ctx, socketToken(ctx.header("Authorization"), ctx.queryParam("token")), Arrays.asList(allowed))
                .role();
    }

    /**
     * Who an already accepted socket belongs to (its upgrade passed {@link #requireForSocket}); for
     * the socket's handlers, which cannot see the upgrade's attributes. Counts nothing.
     */
    public Principal principalOfSocket(String authorization, String tokenParameter) {
        return tokens.get().principalOf(socketToken(authorization, tokenParameter)).orElse(null);
    }

    /** Who made {@code ctx}'s request, once {@link #install}'s check let it through; null on an open route. */
    public static Principal principal(Context ctx) {
        return ctx.attribute(Principal.ATTRIBUTE);
    }

    /**
     * 403 unless the request's token may act on {@code showId}, for a show named outside the path
     * (Boost now's body, a query). Null (no show named) passes.
     */
    public static void requireShow(Context ctx, String showId) {
        ShowScope.require(principal(ctx), showId);
    }

    /** Whether the request's token may see {@code showId} (null: a thing of no show, yes), for filtering lists. */
    public static boolean reaches(Context ctx, String showId) {
        Principal who = principal(ctx);
        return who == null || who.reaches(showId);
    }

    /** The request's client address (behind a trusted proxy, the one it names). */
    public String clientAddress(Context ctx) {
        return addresses.of(ctx);
    }

    /** Forgets addresses whose wrong tokens are older than the window (every minute). */
    public void sweep() {
        throttle.sweep();
    }

    private Principal require(Context ctx, String token, Collection<? extends RouteRole> allowed) {
        if (token == null || token.isEmpty()) {
            throw ApiException.unauthorized("Send a token: Authorization: Bearer <token>.");
        }
        String address = addresses.of(ctx);
        OptionalLong wait = throttle.refusedFor(address);
        if (wait.isPresent()) {
            throttled.increment();
            ctx.header("Retry-After", Long.toString(wait.getAsLong()));
            throw ApiException.rateLimited("Too many wrong tokens came from this address; try again in "
                    + wait.getAsLong() + " s.");
        }
        Principal principal = tokens.get().principalOf(token).orElse(null);
        if (principal == null) {
            if (throttle.failed(address)) {
                LOG.warn("{} sent {} wrong tokens: it is refused (429) until the window has passed", address,
                        throttle.maxFailures());
            }
            unknown.increment();
            throw ApiException.unauthorized("The token is not valid for this server.");
        }
        if (!allowed.contains(principal.role())) {
            String needed = allowed.stream().map(r -> ((Role) r).label()).collect(Collectors.joining(" or "));
            String article = "aeiou".indexOf(principal.role().label().charAt(0)) >= 0 ? "An " : "A ";
            throw ApiException.forbidden(article + principal.role().label() + " token cannot do this; it needs " + needed + ".");
        }
        ShowScope.require(principal, ctx.pathParamMap().get("showId"));
        ctx.attribute(Principal.ATTRIBUTE, principal);
        return principal;
    }

    private static String socketToken(String authorization, String tokenParameter) {
        String token = bearer(authorization);
        return token == null ? tokenParameter : token;
    }

    private static String bearer(String header) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        if (h.length() > 7 && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return h.substring(7).trim();
        }
        return "";
    }
}
