package io.cuedeck.connector;

import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.console.ConsoleEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps everything a console stream delivered, and the names of the threads that delivered it. */
final class RecordingListener implements ConsoleListener {

    final List<ConsoleEvent> events = new CopyOnWriteArrayList<>();
    final List<ConnectionState> states = new CopyOnWriteArrayList<>();
    final List<LiveStatus> snapshots = new CopyOnWriteArrayList<>();
    final Set<String> threads = ConcurrentHashMap.newKeySet();

    @Override
    public void onEvent(ConsoleEvent event) {
        threads.add(Thread.currentThread().getName());
        events.add(event);
    }

    @Override
    public void onState(ConnectionState state) {
        threads.add(Thread.currentThread().getName());
        states.add(state);
    }

    @Override
    public void onSnapshot(LiveStatus status) {
        threads.add(Thread.currentThread().getName());
        snapshots.add(status);
    }

    <T extends ConsoleEvent> long count(Class<T> type) {
        return events.stream().filter(type::isInstance).count();
    }

    ConnectionState.Phase phase() {
        return states.isEmpty() ? null : states.get(states.size() - 1).phase();
    }

    List<ConnectionState.Phase> phases() {
        return states.stream().map(ConnectionState::phase).toList();
    }
}
