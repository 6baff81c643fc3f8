package io.cuedeck.server.cluster;

import io.cuedeck.server.testsupport.LocalDynamo;
import io.cuedeck.server.testsupport.LocalRedis;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the multi-node tests share per class: a redis-server and a DynamoDB Local server of their
 * own on loopback ports, and AWS settings for nodes in this JVM (the SDK's default chains read these
 * system properties first; nothing else is consulted for a loopback endpoint).
 */
abstract class SharedServices {

    static final Duration WAIT = Duration.ofSeconds(20);
    static LocalRedis redis;
    static LocalDynamo dynamo;

    @BeforeAll
    static void startSharedServices() {
        System.setProperty("aws.accessKeyId", LocalDynamo.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", LocalDynamo.SECRET_KEY);
        System.setProperty("aws.region", LocalDynamo.REGION);
        redis = LocalRedis.start();
        dynamo = LocalDynamo.server();
    }

    @AfterAll
    static void stopSharedServices() {
        dynamo.close();
        redis.close();
    }
}
