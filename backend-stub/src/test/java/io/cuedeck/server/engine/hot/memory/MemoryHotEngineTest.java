package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.HotEngineContract;

/** The in-memory engine meets the hot engine contract (one node: the second node is itself). */
class MemoryHotEngineTest extends HotEngineContract {

    @Override
    protected HotEngine newEngine() {
        return new MemoryHotEngine();
    }
}
