package io.cuedeck.server.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.hot.Bus;
import io.cuedeck.server.engine.hot.memory.MemoryHotEngine;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one engine: each gets every message once, its own straight from the publish and
 * the other's through the engine. All messages are of one show (one lane, so one order), and what
 * a node saw is checked once a later message of the other node has arrived: the engine and the
 * relay keep order, so an echo of its own message would have come before that one.
 */
class BusRelayTest {

    private final MemoryHotEngine engine = new MemoryHotEngine();
    private final ShowLanes lanesA = new ShowLanes(2);
    private final ShowLanes lanesB = new ShowLanes(2);
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>(List.of(lanesA, lanesB, engine));

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    /** What a node's listener was given, and a latch for the message the test waits for. */
    private static final class Seen implements Consumer<BusMessage> {
        final List<ShowStatus> statuses = new CopyOnWriteArrayList<>();
        final CountDownLatch awaited = new CountDownLatch(1);
        final ShowStatus await;

        Seen(ShowStatus await) {
            this.await = await;
        }

        @Override
        public void accept(BusMessage message) {
            ShowStatus status = ((BusMessage.ShowChanged) message).status();
            statuses.add(status);
            if (status == await) {
                awaited.countDown();
            }
        }

        List<ShowStatus> whenArrived() throws InterruptedException {
            assertThat(awaited.await(10, TimeUnit.SECONDS)).as("the awaited message arrived").isTrue();
            return statuses;
        }
    }

    private BusRelay relay(Bus bus, ShowLanes lanes, Seen seen) {
        BusRelay relay = new BusRelay(bus, lanes);
        relay.listen(seen);
        relay.start();
        open.add(0, relay);
        return relay;
    }

    private static BusMessage changed(ShowStatus status) {
        return new BusMessage.ShowChanged("show", status);
    }

    @Test
    void eachNodeGetsItsOwnMessagesOnceAndTheOtherNodesThroughTheEngine() throws Exception {
        Seen seenA = new Seen(ShowStatus.ENDED);
        Seen seenB = new Seen(ShowStatus.DRAFT);
        BusRelay a = relay(engine.bus(), lanesA, seenA);
        BusRelay b = relay(engine.bus(), lanesB, seenB);

        a.publish(changed(ShowStatus.LIVE));
        b.publish(changed(ShowStatus.ENDED));
        a.publish(changed(ShowStatus.DRAFT));

        assertThat(seenA.whenArrived()).as("A's own LIVE once (its echo would come before B's ENDED)")
                .startsWith(ShowStatus.LIVE).containsOnlyOnce(ShowStatus.LIVE, ShowStatus.ENDED);
        assertThat(seenB.whenArrived()).as("B's own ENDED once, A's two through the engine")
                .containsExactlyInAnyOrder(ShowStatus.LIVE, ShowStatus.ENDED, ShowStatus.DRAFT)
                .endsWith(ShowStatus.DRAFT);
    }

    @Test
    void aMessageTheEngineRefusesThrowsAndReachesNoListenerOnThisNode() throws Exception {
        Seen seen = new Seen(ShowStatus.ENDED);
        boolean[] refuse = {true};
        Bus refusing = new Bus() {
            @Override
            public void publish(String message) {
                if (refuse[0]) {
                    throw new EngineUnavailableException("Redis is down", null);
                }
                engine.bus().publish(message);
            }

            @Override
            public AutoCloseable subscribe(Consumer<String> listener) {
                return engine.bus().subscribe(listener);
            }
        };
        BusRelay relay = relay(refusing, lanesA, seen);

        assertThatThrownBy(() -> relay.publish(changed(ShowStatus.LIVE)))
                .isInstanceOf(EngineUnavailableException.class);
        refuse[0] = false;
        relay.publish(changed(ShowStatus.ENDED));

        assertThat(seen.whenArrived()).as("the refused LIVE reached no one; it would have come first")
                .startsWith(ShowStatus.ENDED);
    }
}
