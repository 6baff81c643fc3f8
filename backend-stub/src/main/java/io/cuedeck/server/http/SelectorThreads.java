package io.cuedeck.server.http;

import java.nio.channels.SelectableChannel;
import java.nio.channels.Selector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.ManagedSelector;
import org.eclipse.jetty.io.SelectableChannelEndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One executor per Jetty selector, running its tasks on that selector's thread between two
 * selects (Jetty's {@link ManagedSelector#submit} queue, first in first out). A socket's selector
 * is the one its channel is registered with; sockets without one (not a {@link ServerConnector}'s)
 * get null. One executor per selector, not per socket, so that a fan-out can group its writes by
 * the thread that does them.
 */
final class SelectorThreads {

    private final Map<ManagedSelector, Executor> executors = new ConcurrentHashMap<>();

    /** The executor of the selector that reads {@code endPoint}, or null. Called once per socket. */
    Executor of(EndPoint endPoint, Connector connector) {
        EndPoint network = endPoint;
        while (network instanceof EndPoint.Wrapper wrapper) {
            network = wrapper.unwrap(); // TLS: the encrypted side is the one on the selector
        }
        if (!(network instanceof SelectableChannelEndPoint selectable) || !(connector instanceof ServerConnector server)) {
            return null;
        }
        SelectableChannel channel = selectable.getChannel();
        for (ManagedSelector selector : server.getSelectorManager().getBeans(ManagedSelector.class)) {
            Selector nio = selector.getSelector();
            if (nio != null && channel.keyFor(nio) != null) {
                return executors.computeIfAbsent(selector, s -> task -> s.submit(ignored -> task.run()));
            }
        }
        return null;
    }
}
