package io.cuedeck.server.engine.hot;

import org.junit.jupiter.api.Nested;

/**
 * The contract every hot engine meets: subclass it in the engine's test package and implement
 * {@link #newEngine()}; the nested suites, one per part, then run against that engine.
 *
 * <p>Each test builds its own engines and uses ids of its own, so that engines backed by one
 * shared server (a redis-server started once for the suite) can run it; times near the real clock
 * are passed explicitly where the interfaces take {@code now}.
 *
 * <p>To run one engine's suite alone: {@code -Dtest='MemoryHotEngineTest,HotEngineContract*'}
 * (surefire names the nested suites after this class).
 */
public abstract class HotEngineContract {

    /** A new engine, as one node; the suite closes it after the test. */
    protected abstract HotEngine newEngine();

    /**
     * A second node sharing {@code first}'s state, for the cluster-wide guarantees. A single-node
     * engine returns {@code first} itself (the default); the suite closes it after the test.
     */
    protected HotEngine secondNode(HotEngine first) {
        return first;
    }

    @Nested
    class Presence extends PresenceContract {
        @Override
        protected HotEngineContract owner() {
            return HotEngineContract.this;
        }
    }

    @Nested
    class Timeline extends TimelineContract {
        @Override
        protected HotEngineContract owner() {
            return HotEngineContract.this;
        }
    }

    @Nested
    class IdempotencyKeys extends IdempotencyKeysContract {
        @Override
        protected HotEngineContract owner() {
            return HotEngineContract.this;
        }
    }

    @Nested
    class FireReach extends FireReachContract {
        @Override
        protected HotEngineContract owner() {
            return HotEngineContract.this;
        }
    }

    @Nested
    class FireLedger extends FireLedgerContract {
        @Override
        protected HotEngineContract owner() {
            return HotEngineContract.this;
        }
    }

    @Nested
    class SocketCounts extends SocketCountsContract {
        @Override
        protected HotEngineContract owner() {
            return HotEngineContract.this;
        }
    }

    @Nested
    class ControlLocks extends ControlLocksContract {
        @Override
        protected HotEngineContract owner() {
            return HotEngineContract.this;
        }
    }

    @Nested
    class CapacityLease extends SchedulerLeaseContract {
        @Override
        protected HotEngineContract owner() {
            return HotEngineContract.this;
        }
    }

    @Nested
    class Bus extends BusContract {
        @Override
        protected HotEngineContract owner() {
            return HotEngineContract.this;
        }
    }
}
