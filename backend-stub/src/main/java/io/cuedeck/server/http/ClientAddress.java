package io.cuedeck.server.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * The address a request came from: the socket's peer, or, when that peer is a trusted reverse
 * proxy ({@code CUEDECK_TRUSTED_PROXIES}), the nearest address in {@code X-Forwarded-For} that is not
 * one of the trusted proxies. A header from anyone else is ignored: it is the client's own words.
 */
public final class ClientAddress {

    private final Set<InetAddress> trustedProxies;

    public ClientAddress(Set<InetAddress> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (trustedProxies.isEmpty() || !trusted(peer)) {
            return peer;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.matches("[0-9.]{7,15}|[0-9A-Fa-f:.]{2,45}")) {
                return peer; // not an address: do not believe the rest of the chain either
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        try {
            return address != null && address.matches("[0-9A-Fa-f:.]+") && trustedProxies.contains(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
