package io.cuedeck.server.engine.cold;

import org.junit.jupiter.api.Nested;

/**
 * The contract every cold store meets: subclass it in the store's test package and implement
 * {@link #newStore()} and {@link #reopen(ColdStore)}; the nested suites then run against it.
 * Every test uses show ids of its own, so stores sharing one backing service can run it.
 *
 * <p>To run one engine's suite alone: {@code -Dtest='SqliteColdStoreTest,ColdStoreContract*'}
 * (surefire names the nested suites after this class).
 */
public abstract class ColdStoreContract {

    /** A store ready for use; the suite closes it after the test. */
    protected abstract ColdStore newStore();

    /**
     * Closes {@code store} and opens a new one on the same durable data, as a restarted server
     * would; the suite closes the new one after the test.
     */
    protected abstract ColdStore reopen(ColdStore store);

    /**
     * A second node's store on {@code first}'s data, for the cluster-wide guarantees: a store that
     * one process owns alone (SQLite) returns {@code first} itself (the default); the suite closes
     * it after the test.
     */
    protected ColdStore secondNode(ColdStore first) {
        return first;
    }

    @Nested
    class Shows extends ShowStoreContract {
        @Override
        protected ColdStoreContract owner() {
            return ColdStoreContract.this;
        }
    }

    @Nested
    class Rundown extends RundownStoreContract {
        @Override
        protected ColdStoreContract owner() {
            return ColdStoreContract.this;
        }
    }

    @Nested
    class Fires extends FireStoreContract {
        @Override
        protected ColdStoreContract owner() {
            return ColdStoreContract.this;
        }
    }

    @Nested
    class Answers extends AnswerStoreContract {
        @Override
        protected ColdStoreContract owner() {
            return ColdStoreContract.this;
        }
    }

    @Nested
    class Snapshots extends SnapshotStoreContract {
        @Override
        protected ColdStoreContract owner() {
            return ColdStoreContract.this;
        }
    }

    @Nested
    class Audit extends AuditStoreContract {
        @Override
        protected ColdStoreContract owner() {
            return ColdStoreContract.this;
        }
    }

    @Nested
    class Boosts extends BoostStoreContract {
        @Override
        protected ColdStoreContract owner() {
            return ColdStoreContract.this;
        }
    }

    @Nested
    class Durability extends DurabilityContract {
        @Override
        protected ColdStoreContract owner() {
            return ColdStoreContract.this;
        }
    }
}
