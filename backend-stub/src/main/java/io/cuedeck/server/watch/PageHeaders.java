package io.cuedeck.server.watch;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * The security and cache headers of the companion page. The Content-Security-Policy allows
 * scripts and styles from this server's own files only (no inline script or style, no
 * {@code eval}), connections to this server only, and requires Trusted Types with no policy, so
 * that no string can ever reach an HTML sink such as {@code innerHTML}: cue text can only be text.
 */
final class PageHeaders {

    static final String HTML_CACHE = "no-cache";
    static final String ASSET_CACHE = "public, max-age=31536000, immutable";
    /** A host name or address with an optional port: anything else is not echoed into a header. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");

    private PageHeaders() {
    }

    /** The policy for a page served on {@code host} (the request's Host header, may be null). */
    static String contentSecurityPolicy(String host) {
        // 'self' covers ws: and wss: in CSP 3, but not in older mobile browsers: name them too.
        String sockets = host != null && HOST.matcher(host).matches() ? " ws://" + host + " wss://" + host : "";
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "connect-src 'self'" + sockets + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; "
                + "require-trusted-types-for 'script'; trusted-types 'none'";
    }

    static void page(Context ctx) {
        common(ctx);
        ctx.header("Content-Security-Policy", contentSecurityPolicy(ctx.header("Host")));
        ctx.header("Cache-Control", HTML_CACHE);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    static void asset(Context ctx) {
        common(ctx);
        // Matters only if a file is opened on its own (the icon is an SVG document then).
        ctx.header("Content-Security-Policy", "default-src 'none'");
        ctx.header("Cache-Control", ASSET_CACHE);
    }

    private static void common(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
    }
}
