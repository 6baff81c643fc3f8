package io.cuedeck.server.engine.cold.dynamodb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Unconditional writes of many items, 25 to a {@code BatchWriteItem} request (its limit), for
 * items whose last write may simply win (viewer snapshots). {@code BatchWriteItem} cannot carry a
 * condition, which is why answers go through {@link DynamoAnswers} instead.
 *
 * <p>DynamoDB may store only part of a request and hand the rest back as {@code UnprocessedItems}
 * (it does when a partition is throttled): those go first into the next request, after a pause
 * with exponential backoff and full jitter ({@link DynamoCalls#backOff}); a request throttled or
 * failed as a whole is retried by {@link DynamoCalls}. Every request of one call shares one
 * deadline; past it the call throws {@link io.cuedeck.server.engine.EngineUnavailableException}
 * saying how many items were not written. No item is ever dropped silently; each item is written
 * whole or not at all.
 */
final class DynamoBatchPuts {

    static final int BATCH = 25;
    private static final String OPERATION = "BatchWriteItem";

    private DynamoBatchPuts() {
    }

    /** Writes every item (their keys must differ) to {@code table}; returns once DynamoDB acknowledged all of them. */
    static void put(DynamoDbClient client, DynamoCalls calls, String table, List<Map<String, AttributeValue>> items) {
        long stopAt = calls.stopAt();
        Deque<WriteRequest> queue = new ArrayDeque<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            queue.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        int attempt = 0;
        while (!queue.isEmpty()) {
            List<WriteRequest> sent = new ArrayList<>(BATCH);
            while (sent.size() < BATCH && !queue.isEmpty()) {
                sent.add(queue.poll());
            }
            BatchWriteItemResponse response = calls.call(OPERATION, stopAt, () -> client.batchWriteItem(b -> b
                    .requestItems(Map.of(table, sent)).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
            List<WriteRequest> unprocessed = response.unprocessedItems().getOrDefault(table, List.of());
            if (unprocessed.isEmpty()) {
                attempt = 0;
                continue;
            }
            for (int i = unprocessed.size() - 1; i >= 0; i--) {
                queue.addFirst(unprocessed.get(i));
            }
            calls.backOff(OPERATION, attempt++, stopAt, new IllegalStateException(queue.size() + " of " + items.size()
                    + " items not written yet (" + unprocessed.size() + " of " + sent.size()
                    + " came back unprocessed)"));
        }
    }
}
