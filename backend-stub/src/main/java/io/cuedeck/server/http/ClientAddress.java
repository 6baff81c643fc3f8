package io.cuedeck.server.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address a request came from, for the audit trail and failed-login throttling: the socket's
 * peer, or, when that peer is a trusted reverse proxy ({@link TrustedProxies},
 * {@code CUEDECK_TRUSTED_PROXIES}), the address it forwards in {@code X-Forwarded-For}. A header
 * from anyone else is ignored: it is the client's own words.
 */
public final class ClientAddress {

    private final TrustedProxies trustedProxies;

    public ClientAddress(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (trustedProxies.isEmpty()) {
            return peer;
        }
        byte[] literal = TrustedProxies.literal(peer);
        if (literal == null) {
            return peer;
        }
        try {
            return trustedProxies.clientOf(InetAddress.getByAddress(literal), ctx.header("X-Forwarded-For"));
        } catch (UnknownHostException e) {
            return peer;
        }
    }
}
