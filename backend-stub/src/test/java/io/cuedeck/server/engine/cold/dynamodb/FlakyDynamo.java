package io.cuedeck.server.engine.cold.dynamodb;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementError;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * DynamoDB Local with the throttling it never does on its own: in front of a real client, it
 * answers some batch requests ({@code BatchExecuteStatement}, {@code BatchWriteItem}) as a whole
 * with {@code ProvisionedThroughputExceededException} and of others runs only every other
 * statement or item, handing the rest back as a busy table does ({@code ThrottlingError} per
 * statement, {@code UnprocessedItems}), without running them. Everything else reaches DynamoDB
 * Local unchanged.
 */
final class FlakyDynamo {

    final AtomicInteger throttledStatements = new AtomicInteger();
    final AtomicInteger throttledRequests = new AtomicInteger();
    final AtomicInteger unprocessedItems = new AtomicInteger();
    final AtomicInteger writeRequests = new AtomicInteger();
    private final AtomicInteger batchCalls = new AtomicInteger();
    final AtomicInteger lostReplies = new AtomicInteger();
    private final int flakyCalls;
    private final boolean stalled;
    private final int replyLostCalls;

    private FlakyDynamo(int flakyCalls, boolean stalled) {
        this(flakyCalls, stalled, 0);
    }

    private FlakyDynamo(int flakyCalls, boolean stalled, int replyLostCalls) {
        this.flakyCalls = flakyCalls;
        this.stalled = stalled;
        this.replyLostCalls = replyLostCalls;
    }

    /**
     * A client whose first {@code calls} {@code BatchExecuteStatement} requests run on DynamoDB Local
     * in full, and then fail as a reply that timed out on the way back does.
     */
    static DynamoDbClient losingReplies(DynamoDbClient real, int calls, FlakyDynamo[] handle) {
        return proxy(real, new FlakyDynamo(0, false, calls), handle);
    }

    /** A client whose first {@code flakyCalls} requests of each batch operation are partly or wholly throttled. */
    static DynamoDbClient around(DynamoDbClient real, int flakyCalls, FlakyDynamo[] handle) {
        return proxy(real, new FlakyDynamo(flakyCalls, false), handle);
    }

    /** A client on which no {@code BatchWriteItem} ever stores anything: every item comes back unprocessed. */
    static DynamoDbClient stalled(DynamoDbClient real, FlakyDynamo[] handle) {
        return proxy(real, new FlakyDynamo(0, true), handle);
    }

    private static DynamoDbClient proxy(DynamoDbClient real, FlakyDynamo flaky, FlakyDynamo[] handle) {
        handle[0] = flaky;
        InvocationHandler handler = (proxy, method, args) -> {
            if (args != null && args.length == 1 && args[0] instanceof Consumer) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getName().equals("batchExecuteStatement")) {
                return flaky.statements(real, (BatchExecuteStatementRequest) args[0]);
            }
            if (method.getName().equals("batchWriteItem")) {
                return flaky.items(real, (BatchWriteItemRequest) args[0]);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, handler);
    }

    private BatchExecuteStatementResponse statements(DynamoDbClient real, BatchExecuteStatementRequest request) {
        int call = batchCalls.incrementAndGet();
        if (call <= replyLostCalls) {
            real.batchExecuteStatement(request);
            lostReplies.incrementAndGet();
            throw ApiCallAttemptTimeoutException.create(5_000);
        }
        if (call > flakyCalls) {
            return real.batchExecuteStatement(request);
        }
        throttleEveryThird(call);
        List<BatchStatementRequest> statements = request.statements();
        List<BatchStatementRequest> passed = new ArrayList<>();
        for (int i = 0; i < statements.size(); i += 2) {
            passed.add(statements.get(i));
        }
        List<BatchStatementResponse> real_ = real.batchExecuteStatement(request.toBuilder().statements(passed).build())
                .responses();
        List<BatchStatementResponse> responses = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (i % 2 == 0) {
                responses.add(real_.get(i / 2));
            } else {
                throttledStatements.incrementAndGet();
                responses.add(BatchStatementResponse.builder().error(BatchStatementError.builder()
                        .code("ThrottlingError").message("throttled by the test").build()).build());
            }
        }
        return BatchExecuteStatementResponse.builder().responses(responses).build();
    }

    private BatchWriteItemResponse items(DynamoDbClient real, BatchWriteItemRequest request) {
        int call = writeRequests.incrementAndGet();
        if (!stalled && call > flakyCalls) {
            return real.batchWriteItem(request);
        }
        if (!stalled) {
            throttleEveryThird(call);
        }
        Map.Entry<String, List<WriteRequest>> table = request.requestItems().entrySet().iterator().next();
        List<WriteRequest> passed = new ArrayList<>();
        List<WriteRequest> handedBack = new ArrayList<>();
        for (int i = 0; i < table.getValue().size(); i++) {
            (i % 2 == 0 && !stalled ? passed : handedBack).add(table.getValue().get(i));
        }
        unprocessedItems.addAndGet(handedBack.size());
        BatchWriteItemResponse response = passed.isEmpty() ? BatchWriteItemResponse.builder().build()
                : real.batchWriteItem(request.toBuilder().requestItems(Map.of(table.getKey(), passed)).build());
        return response.toBuilder().unprocessedItems(Map.of(table.getKey(), handedBack)).build();
    }

    private void throttleEveryThird(int call) {
        if (call % 3 == 0) {
            throttledRequests.incrementAndGet();
            throw (ProvisionedThroughputExceededException) ProvisionedThroughputExceededException.builder()
                    .statusCode(400).message("throttled by the test")
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build())
                    .build();
        }
    }
}
