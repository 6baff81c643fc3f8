package io.cuedeck.server.engine.hot;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What every part's suite shares: the two nodes of one test, opened before it and closed after. */
public abstract class HotPartContract {

    /** The suite that says which engine to test. */
    protected abstract HotEngineContract owner();

    private HotEngine engine;
    private HotEngine second;

    @BeforeEach
    void openEngines() {
        engine = owner().newEngine();
        second = owner().secondNode(engine);
    }

    @AfterEach
    void closeEngines() {
        if (second != engine) {
            second.close();
        }
        engine.close();
    }

    /** This test's engine (node A). */
    protected HotEngine engine() {
        return engine;
    }

    /** A second node on node A's state (node A itself for a single-node engine). */
    protected HotEngine otherNode() {
        return second;
    }

    /** Node A for even {@code i}, the other node for odd: spreads concurrent callers over nodes. */
    protected HotEngine node(int i) {
        return i % 2 == 0 ? engine : second;
    }
}
