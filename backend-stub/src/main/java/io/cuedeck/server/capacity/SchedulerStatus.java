package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.CapacityAction;
import io.cuedeck.protocol.capacity.CapacityState;
import io.cuedeck.server.capacity.provider.ProviderState;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the scheduler last saw and did, as {@link CapacityState}: the provider's units, the last
 * action, and the last error in words (cleared by the next successful look at the provider). Its
 * gauges are the Prometheus {@code cuedeck_capacity_*_units}.
 */
final class SchedulerStatus {

    private final String provider;
    private final CapacityConfig config;
    private final AtomicInteger desired = new AtomicInteger(-1);
    private final AtomicInteger ready = new AtomicInteger(-1);
    private final AtomicInteger inService = new AtomicInteger(-1);
    private volatile Instant readyAt;
    private volatile Instant checkedAt;
    private volatile boolean reachable;
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile CapacityAction lastAction;

    SchedulerStatus(String provider, CapacityConfig config) {
        this.provider = provider;
        this.config = config;
    }

    void seen(ProviderState state, Instant at) {
        desired.set(state.desired());
        ready.set(Math.min(state.ready(), state.inService()));
        inService.set(state.inService());
        readyAt = state.readyAt();
        checkedAt = at;
    }

    /** A tick that went through: the provider answered and took what it was asked. */
    void ok() {
        reachable = true;
        lastError = null;
        lastErrorAt = null;
    }

    void failed(String error, Instant at) {
        reachable = false;
        lastError = error;
        lastErrorAt = at;
    }

    void acted(CapacityAction action) {
        lastAction = action;
    }

    /** The units gauges read these (-1 before the provider answered once: reported as NaN). */
    AtomicInteger desired() {
        return desired;
    }

    AtomicInteger ready() {
        return ready;
    }

    AtomicInteger inService() {
        return inService;
    }

    CapacityState state(String leader) {
        return new CapacityState(provider, Math.max(0, desired.get()), Math.max(0, ready.get()),
                Math.max(0, inService.get()), readyAt, reachable, lastError, lastErrorAt, lastAction, leader, checkedAt,
                config.viewersPerUnit(), config.baselineUnits(), config.maxUnits(), List.of(), null);
    }
}
