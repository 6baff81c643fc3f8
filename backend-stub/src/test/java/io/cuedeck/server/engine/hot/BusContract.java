package io.cuedeck.server.engine.hot;

import static io.cuedeck.server.engine.ContractSupport.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link Bus}: every message reaches every subscriber of every node once, in publish order,
 * on an engine thread. Messages carry this test's tag, so a bus shared with other tests is fine.
 */
public abstract class BusContract extends HotPartContract {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final String tag = id("bus") + ":";

    /** Collects this test's messages (and the threads that delivered them). */
    private final class Inbox implements Consumer<String> {
        final List<String> messages = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void accept(String message) {
            if (message.startsWith(tag)) {
                messages.add(message.substring(tag.length()));
                threads.add(Thread.currentThread().getName());
            }
        }

        List<String> snapshot() {
            synchronized (messages) {
                return List.copyOf(messages);
            }
        }
    }

    private static List<String> numbered(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    @Test
    void everySubscriberOnEveryNodeGetsEachMessageOnceInPublishOrder() throws Exception {
        Inbox a1 = new Inbox();
        Inbox a2 = new Inbox();
        Inbox b = new Inbox();
        try (AutoCloseable s1 = engine().bus().subscribe(a1);
                AutoCloseable s2 = engine().bus().subscribe(a2);
                AutoCloseable s3 = otherNode().bus().subscribe(b)) {
            List<String> sent = numbered("m", 200);
            sent.forEach(m -> engine().bus().publish(tag + m));
            engine().bus().publish(tag + "end"); // in publish order: once it is in, any duplicate would be too

            for (Inbox inbox : List.of(a1, a2, b)) {
                await().atMost(WAIT).until(() -> inbox.snapshot().contains("end"));
                inbox.messages.remove("end");
            }
            assertThat(a1.snapshot()).isEqualTo(sent);
            assertThat(a2.snapshot()).isEqualTo(sent);
            assertThat(b.snapshot()).isEqualTo(sent);
        }
    }

    @Test
    void messagesFromTwoNodesKeepEachPublishersOrder() throws Exception {
        Inbox inbox = new Inbox();
        try (AutoCloseable s = engine().bus().subscribe(inbox)) {
            for (int i = 0; i < 100; i++) {
                engine().bus().publish(tag + "a" + i);
                otherNode().bus().publish(tag + "b" + i);
            }

            await().atMost(WAIT).until(() -> inbox.messages.size() >= 200);
            List<String> got = inbox.snapshot();
            assertThat(got.stream().filter(m -> m.startsWith("a")).toList()).isEqualTo(numbered("a", 100));
            assertThat(got.stream().filter(m -> m.startsWith("b")).toList()).isEqualTo(numbered("b", 100));
        }
    }

    @Test
    void listenersRunOnAnEngineThreadNotThePublishers() throws Exception {
        Inbox inbox = new Inbox();
        try (AutoCloseable s = engine().bus().subscribe(inbox)) {
            engine().bus().publish(tag + "x");

            await().atMost(WAIT).until(() -> inbox.threads.size() == 1);
            assertThat(inbox.threads.get(0)).isNotEqualTo(Thread.currentThread().getName());
        }
    }

    @Test
    void aClosedSubscriptionReceivesNothingMore() throws Exception {
        Inbox leaving = new Inbox();
        Inbox staying = new Inbox();
        try (AutoCloseable s = engine().bus().subscribe(staying)) {
            AutoCloseable gone = engine().bus().subscribe(leaving);
            engine().bus().publish(tag + "before");
            await().atMost(WAIT).until(() -> leaving.messages.size() == 1);

            gone.close();
            engine().bus().publish(tag + "after");
            engine().bus().publish(tag + "end");

            // every subscriber hears a message before the next one is handed out: with "end" in,
            // "after" has been delivered to whoever was still subscribed
            await().atMost(WAIT).until(() -> staying.snapshot().contains("end"));
            assertThat(staying.snapshot()).containsExactly("before", "after", "end");
            assertThat(leaving.snapshot()).containsExactly("before");
        }
    }
}
