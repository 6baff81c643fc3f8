package io.cuedeck.console.companion;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * This computer's addresses that a phone on the same network could use: IPv4, of interfaces that
 * are up, not loopback and not a container's or a VM's bridge; private-range addresses (home and
 * studio Wi-Fi) first. Only read: nothing here connects anywhere.
 */
public final class LanAddresses {

    private static final List<String> VIRTUAL = List.of("docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "cni",
            "flannel", "tun", "tap", "utun", "zt", "tailscale");

    private LanAddresses() {
    }

    public static List<String> find() {
        List<String> privateOnes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual() || nic.isPointToPoint() || isVirtual(nic.getName())) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                        (address.isSiteLocalAddress() ? privateOnes : others).add(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        privateOnes.addAll(others);
        return privateOnes;
    }

    private static boolean isVirtual(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return VIRTUAL.stream().anyMatch(n::startsWith);
    }
}
