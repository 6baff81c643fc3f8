package io.cuedeck.server.http;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows token guessing: after {@code maxFailures} wrong tokens from one address within
 * {@code window}, that address is refused (429, with the seconds to wait) until the oldest of those
 * failures is a window old. A good token from another address is never affected. IPv6 addresses
 * count per /64, the block one subscriber usually holds. Per node, in memory; at most
 * {@value #MAX_ADDRESSES} addresses are tracked at once (beyond that, new addresses are not
 * throttled until {@link #sweep} frees room), so memory stays bounded under a spray of addresses.
 */
public final class LoginThrottle {

    static final int MAX_ADDRESSES = 100_000;

    private final int maxFailures;
    private final long windowMillis;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Seconds until {@code address} may try again; empty when it may try now. */
    public OptionalLong refusedFor(String address) {
        Deque<Long> times = failures.get(key(address));
        if (times == null) {
            return OptionalLong.empty();
        }
        synchronized (times) {
            long now = clock.millis();
            while (!times.isEmpty() && now - times.peekFirst() >= windowMillis) {
                times.pollFirst();
            }
            if (times.size() < maxFailures) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Math.max(1, (times.peekFirst() + windowMillis - now + 999) / 1000));
        }
    }

    /** A wrong token came from {@code address}; true when this one reached the limit (the address now waits). */
    public boolean failed(String address) {
        String key = key(address);
        if (!failures.containsKey(key) && failures.size() >= MAX_ADDRESSES) {
            return false;
        }
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            long now = clock.millis();
            while (!times.isEmpty() && now - times.peekFirst() >= windowMillis) {
                times.pollFirst();
            }
            times.addLast(now);
            while (times.size() > maxFailures) {
                times.pollFirst();
            }
            return times.size() == maxFailures;
        }
    }

    int maxFailures() {
        return maxFailures;
    }

    /** Forgets addresses whose failures are all older than the window. */
    public void sweep() {
        long now = clock.millis();
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Long last = e.getValue().peekLast();
                return last == null || now - last >= windowMillis;
            }
        });
    }

    private static String key(String address) {
        if (address == null) {
            return "";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        String[] groups = address.split(":", -1);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0, taken = 0; i < groups.length && taken < 4; i++) {
            if (groups[i].isEmpty()) {
                break; // "::" inside the first four groups: the rest of the /64 is zeros
            }
            prefix.append(groups[i]).append(':');
            taken++;
        }
        return prefix + "/64";
    }
}
