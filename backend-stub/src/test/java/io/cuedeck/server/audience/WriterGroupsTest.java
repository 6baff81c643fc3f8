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

/** A fan-out's writes go to each socket's selector as one task per selector; a group follows joins and leaves. */
class WriterGroupsTest {

    /** Where the writes went: "viewer:message", in the order they were made. */
    private final List<String> written = new ArrayList<>();

    /** A selector's queue that runs nothing until the test says so. */
    private static final class HeldSelector implements Executor {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        /** Runs what is queued, once. */
        void runAll() {
            List<Runnable> queued = List.copyOf(tasks);
            tasks.clear();
            queued.forEach(Runnable::run);
        }
    }

    private final WriterGroups groups = new WriterGroups();
    private final Framed cue = Framed.of("cue");

    private void fanOut() {
        groups.write(socket -> cue, socket -> Callback.NOOP);
    }

    private ViewerSocket joined(String viewer, Executor writer) {
        ViewerSocket socket = socket(viewer, writer);
        groups.add(socket);
        return socket;
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
    void eachSelectorGetsOneTaskThatWritesAllItsSockets() {
        HeldSelector first = new HeldSelector();
        HeldSelector second = new HeldSelector();
        joined("a", first);
        joined("b", second);
        joined("c", first);
        joined("d", first);

        fanOut();

        assertThat(first.tasks).hasSize(1);
        assertThat(second.tasks).hasSize(1);
        assertThat(written).as("nothing is written before the selectors run").isEmpty();
        first.runAll();
        assertThat(written).containsExactly("a:cue", "c:cue", "d:cue");
        second.runAll();
        assertThat(written).containsExactly("a:cue", "c:cue", "d:cue", "b:cue");
    }

    @Test
    void aSocketThatLeftIsNotWrittenAndTheOthersStay() {
        HeldSelector selector = new HeldSelector();
        joined("a", selector);
        ViewerSocket b = joined("b", selector);
        joined("c", selector);
        joined("d", selector);

        groups.remove(b);
        groups.remove(b);
        fanOut();
        selector.runAll();

        assertThat(written).containsExactlyInAnyOrder("a:cue", "c:cue", "d:cue");
        assertThat(groups.size()).isEqualTo(3);
    }

    @Test
    void aSocketJoiningAfterTheFanOutStartedIsNotInItButInTheNext() {
        HeldSelector selector = new HeldSelector();
        joined("a", selector);
        fanOut();
        joined("late", selector);
        selector.runAll();
        assertThat(written).containsExactly("a:cue");

        fanOut();
        selector.runAll();
        assertThat(written).containsExactly("a:cue", "a:cue", "late:cue");
    }

    @Test
    void eachSocketGetsTheMessageAndCallbackPickedForIt() {
        HeldSelector selector = new HeldSelector();
        joined("en-viewer", selector);
        joined("zh-viewer", selector);
        List<String> done = new ArrayList<>();

        groups.write(socket -> Framed.of(socket.viewerId().startsWith("zh") ? "提示" : "cue"),
                socket -> Callback.from(() -> done.add(socket.viewerId())));
        selector.runAll();

        assertThat(written).containsExactlyInAnyOrder("en-viewer:cue", "zh-viewer:提示");
        assertThat(done).containsExactlyInAnyOrder("en-viewer", "zh-viewer");
    }

    @Test
    void aSocketWithoutASelectorIsWrittenAtOnceOnTheCaller() {
        HeldSelector selector = new HeldSelector();
        joined("twin", null);
        joined("edge", selector);

        fanOut();

        assertThat(written).containsExactly("twin:cue");
        selector.runAll();
        assertThat(written).containsExactly("twin:cue", "edge:cue");
    }

    @Test
    void aSocketsLaterSendAndCloseQueueBehindTheFanOutOnItsSelector() {
        HeldSelector selector = new HeldSelector();
        ViewerSocket socket = joined("a", selector);
        fanOut();

        socket.send("closed");
        socket.close(1000, "The show has ended.");

        assertThat(selector.tasks).as("the fan-out, the send, the close").hasSize(3);
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
        groups.add(new ViewerSocket("show", "x", "", "web", null, broken, selector));
        joined("y", selector);

        groups.write(socket -> cue, socket -> Callback.from(() -> outcomes.add(socket.viewerId() + " ok"),
                e -> outcomes.add(socket.viewerId() + " failed: " + e.getMessage())));
        selector.runAll();

        assertThat(outcomes).containsExactly("x failed: gone", "y ok");
        assertThat(written).containsExactly("y:cue");
    }
}
