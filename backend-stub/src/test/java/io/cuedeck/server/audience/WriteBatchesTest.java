package io.cuedeck.server.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.OutgoingEntry;
import org.junit.jupiter.api.Test;

/** A fan-out's writes go to each socket's selector as one batch per selector, in the fan-out's order. */
class WriteBatchesTest {

    /** Where the writes went: "viewer:message", in the order they were made. */
    private final List<String> written = new ArrayList<>();

    /** A selector's queue that runs nothing until the test says so. */
    private static final class HeldSelector implements Executor {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            tasks.forEach(Runnable::run);
        }
    }

    private ViewerSocket socket(String viewer, Executor writer) {
        CoreSession session = new CoreSession.Empty() {
            @Override
            public void sendFrame(OutgoingEntry entry) {
                written.add(viewer + ":" + StandardCharsets.UTF_8.decode(entry.getFrame().getPayload()));
                entry.getCallback().succeeded();
            }

            @Override
            public void close(int statusCode, String reason, Callback callback) {
                written.add(viewer + ": close " + statusCode);
                callback.succeeded();
            }
        };
        return new ViewerSocket("show", viewer, "", "web", null, session, writer);
    }

    @Test
    void eachSelectorGetsOneTaskThatWritesItsSocketsInTheFanOutsOrder() {
        HeldSelector first = new HeldSelector();
        HeldSelector second = new HeldSelector();
        WriteBatches writes = new WriteBatches();
        Framed cue = Framed.of("cue");

        writes.add(socket("a", first), cue, Callback.NOOP);
        writes.add(socket("b", second), cue, Callback.NOOP);
        writes.add(socket("c", first), cue, Callback.NOOP);
        writes.add(socket("d", first), cue, Callback.NOOP);
        writes.send();

        assertThat(first.tasks).hasSize(1);
        assertThat(second.tasks).hasSize(1);
        assertThat(written).as("nothing is written before the selectors run").isEmpty();
        first.runAll();
        assertThat(written).containsExactly("a:cue", "c:cue", "d:cue");
        second.runAll();
        assertThat(written).containsExactly("a:cue", "c:cue", "d:cue", "b:cue");
    }

    @Test
    void aFullChunkGoesToItsSelectorBeforeTheFanOutHasGroupedTheRest() {
        HeldSelector selector = new HeldSelector();
        WriteBatches writes = new WriteBatches();
        Framed cue = Framed.of("cue");
        for (int i = 0; i < WriteBatches.CHUNK; i++) {
            writes.add(socket("v" + i, selector), cue, Callback.NOOP);
        }

        assertThat(selector.tasks).as("handed over while the fan-out goes on").hasSize(1);
        writes.add(socket("last", selector), cue, Callback.NOOP);
        writes.send();
        assertThat(selector.tasks).hasSize(2);
        selector.runAll();
        assertThat(written).hasSize(WriteBatches.CHUNK + 1).startsWith("v0:cue", "v1:cue").endsWith("last:cue");
    }

    @Test
    void aSelectorWhoseSocketsFilledWholeChunksGetsNoEmptyTask() {
        HeldSelector selector = new HeldSelector();
        WriteBatches writes = new WriteBatches();
        for (int i = 0; i < 2 * WriteBatches.CHUNK; i++) {
            writes.add(socket("v" + i, selector), Framed.of("cue"), Callback.NOOP);
        }
        writes.send();

        assertThat(selector.tasks).hasSize(2);
    }

    @Test
    void aSocketWithoutASelectorIsWrittenAtOnceOnTheCaller() {
        HeldSelector selector = new HeldSelector();
        WriteBatches writes = new WriteBatches();

        writes.add(socket("twin", null), Framed.of("cue"), Callback.NOOP);
        writes.add(socket("edge", selector), Framed.of("cue"), Callback.NOOP);

        assertThat(written).containsExactly("twin:cue");
        writes.send();
        selector.runAll();
        assertThat(written).containsExactly("twin:cue", "edge:cue");
    }

    @Test
    void aSocketsLaterSendAndCloseQueueBehindTheBatchOnItsSelector() {
        HeldSelector selector = new HeldSelector();
        ViewerSocket socket = socket("a", selector);
        WriteBatches writes = new WriteBatches();
        writes.add(socket, Framed.of("cue"), Callback.NOOP);
        writes.send();

        socket.send("closed");
        socket.close(1000, "The show has ended.");

        assertThat(selector.tasks).hasSize(3);
        assertThat(written).isEmpty();
        selector.runAll();
        assertThat(written).containsExactly("a:cue", "a:closed", "a: close 1000");
    }

    @Test
    void aWriteThatThrowsFailsOnlyItsOwnCallback() {
        HeldSelector selector = new HeldSelector();
        CoreSession broken = new CoreSession.Empty() {
            @Override
            public void sendFrame(OutgoingEntry entry) {
                throw new IllegalStateException("gone");
            }
        };
        List<String> outcomes = new ArrayList<>();
        WriteBatches writes = new WriteBatches();
        writes.add(new ViewerSocket("show", "x", "", "web", null, broken, selector), Framed.of("cue"),
                Callback.from(() -> outcomes.add("x ok"), e -> outcomes.add("x failed: " + e.getMessage())));
        writes.add(socket("y", selector), Framed.of("cue"),
                Callback.from(() -> outcomes.add("y ok"), e -> outcomes.add("y failed")));
        writes.send();
        selector.runAll();

        assertThat(outcomes).containsExactly("x failed: gone", "y ok");
        assertThat(written).containsExactly("y:cue");
    }
}
