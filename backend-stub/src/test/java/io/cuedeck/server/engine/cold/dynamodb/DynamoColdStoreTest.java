package io.cuedeck.server.engine.cold.dynamodb;

import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.ColdStoreContract;
import io.cuedeck.server.testsupport.LocalDynamo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The cold-store contract against DynamoDB Local (in-process, telemetry off). One table serves
 * every test (tests use ids of their own); a reopen is a new store on the same table, as a
 * restarted node would be; a second node is a second store on the same table.
 */
class DynamoColdStoreTest extends ColdStoreContract {

    private static final DynamoConfig CONFIG = new DynamoConfig("cuedeck-contract", null, true, 0);
    private static LocalDynamo dynamo;

    @BeforeAll
    static void startDynamo() {
        dynamo = LocalDynamo.embedded();
    }

    @AfterAll
    static void stopDynamo() {
        dynamo.close();
    }

    @Override
    protected ColdStore newStore() {
        return DynamoColdStore.open(CONFIG, dynamo.client(), new SimpleMeterRegistry());
    }

    @Override
    protected ColdStore reopen(ColdStore store) {
        store.close();
        return newStore();
    }

    @Override
    protected ColdStore secondNode(ColdStore first) {
        return newStore();
    }
}
