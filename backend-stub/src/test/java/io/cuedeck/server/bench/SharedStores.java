package io.cuedeck.server.bench;

import io.cuedeck.server.testsupport.LocalDynamo;
import io.cuedeck.server.testsupport.LocalRedis;
import java.io.IOException;

/**
 * The stores several benchmark nodes share: a redis-server and DynamoDB Local (in memory, listening
 * on 127.0.0.1 only), each on a free port. Prints {@code REDIS <url>} and {@code DYNAMODB <endpoint>},
 * then runs until its standard input closes (the driver, {@code bench/three-nodes.py}, ends it so).
 * A benchmark main, never part of {@code mvn verify}.
 */
public final class SharedStores {

    private SharedStores() {
    }

    public static void main(String[] args) throws IOException {
        LocalRedis redis = LocalRedis.start();
        LocalDynamo dynamo = LocalDynamo.server();
        // the driver may end us with SIGTERM: the redis-server child must not outlive us
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dynamo.close();
            redis.close();
        }, "shared-stores-stop"));
        System.out.println("REDIS " + redis.url());
        System.out.println("DYNAMODB " + dynamo.endpoint());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the driver to close our input
        }
        System.exit(0);
    }
}
