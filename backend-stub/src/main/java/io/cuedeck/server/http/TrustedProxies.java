package io.cuedeck.server.http;

import io.cuedeck.server.config.ConfigException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies and load balancers whose {@code X-Forwarded-For} is believed
 * ({@code CUEDECK_TRUSTED_PROXIES}: addresses or CIDR blocks, comma-separated). Behind a load
 * balancer every connection comes from the balancer, so per-address limits must count the
 * address it forwards; from anyone else the header is ignored, or a client could pick the
 * address it is counted under.
 */
public final class TrustedProxies {

    public static final String KEY = "CUEDECK_TRUSTED_PROXIES";
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private record Block(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            return rest == 0 || ((address[full] ^ network[full]) & (0xff << (8 - rest)) & 0xff) == 0;
        }
    }

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** {@code 10.0.0.0/8, 192.168.1.7, fd00::/8}; a bad entry fails the start naming it. */
    public static TrustedProxies parse(String spec) {
        List<Block> blocks = new ArrayList<>();
        for (String raw : spec.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
            int bits = address == null ? -1 : address.length * 8;
            if (address != null && slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
            }
            if (address == null || bits < 0 || bits > address.length * 8) {
                throw ConfigException.invalid(KEY, entry, "IP addresses or CIDR blocks such as 10.0.0.0/8, comma-separated");
            }
            blocks.add(new Block(address, bits));
        }
        return new TrustedProxies(blocks);
    }

    /** The bytes of an IP literal, or null; never a DNS lookup (only literals reach getByName). */
    static byte[] literal(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        boolean v4 = IPV4.matcher(t).matches();
        if (!v4 && !(IPV6.matcher(t).matches() && t.indexOf(':') >= 0)) {
            return null;
        }
        try {
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public boolean trusts(InetAddress address) {
        byte[] bytes = address.getAddress();
        return blocks.stream().anyMatch(b -> b.contains(bytes));
    }

    /**
     * The client's address: the peer's, or, when the peer is a trusted proxy, the right-most
     * address of {@code X-Forwarded-For} that is not itself a trusted proxy.
     */
    public String clientOf(InetAddress peer, String forwardedFor) {
        if (forwardedFor == null || blocks.isEmpty() || !trusts(peer)) {
            return peer.getHostAddress();
        }
        String[] hops = forwardedFor.split(",");
        String client = peer.getHostAddress();
        for (int i = hops.length - 1; i >= 0; i--) {
            byte[] hop = literal(hops[i]);
            if (hop == null) {
                break;
            }
            try {
                InetAddress address = InetAddress.getByAddress(hop);
                client = address.getHostAddress();
                if (!trusts(address)) {
                    break;
                }
            } catch (UnknownHostException e) {
                break;
            }
        }
        return client;
    }
}
