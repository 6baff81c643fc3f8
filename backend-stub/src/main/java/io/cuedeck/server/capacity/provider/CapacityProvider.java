package io.cuedeck.server.capacity.provider;

/**
 * Where capacity comes from: a simulation, an AWS Auto Scaling group, or a webhook of the
 * studio's own automation. A unit is one backend node.
 *
 * <p>Guarantees every provider keeps:
 * <ul>
 * <li>{@link #setDesired} sets a desired state, it does not add: asking for the same units again
 *     (a retry, a restart that takes a pending action again) changes nothing more. The action's id
 *     goes with the request where the provider can carry it, so a receiver can drop a repeat.</li>
 * <li>A unit is <em>in service</em> when the provider runs it, and <em>ready</em> when it can take
 *     viewers (for an Auto Scaling group: InService and Healthy). {@link #state} never reports
 *     more ready units than in service.</li>
 * <li>Calls may block (network) for at most the provider's own timeout, and throw
 *     {@link ProviderException} saying in words what went wrong and whether a retry may help;
 *     retries are not done here but in {@link ProviderCalls}, the one place that retries.</li>
 * </ul>
 */
public interface CapacityProvider {

    /** {@code simulated}, {@code aws-asg} or {@code webhook}. */
    String name();

    /** Asks for {@code units} in total; {@code request} says why and carries the action's id. */
    void setDesired(int units, DesiredRequest request) throws ProviderException;

    /** What the provider runs now. */
    ProviderState state() throws ProviderException;

    /** Why the scheduler asks: the action id, the boost behind it (may be null), and words. */
    record DesiredRequest(String actionId, String boostId, String reason, java.time.Instant at) {
    }
}
