package io.cuedeck.server.engine.cold.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** Strongly consistent reads: one item, or a whole partition page by page (each page one metered request). */
final class DynamoQuery {

    private final DynamoDbClient client;
    private final DynamoCalls calls;
    private final String table;

    DynamoQuery(DynamoDbClient client, DynamoCalls calls, String table) {
        this.client = client;
        this.calls = calls;
        this.table = table;
    }

    /** The item with this key, if any. */
    Optional<Map<String, AttributeValue>> one(String pk, String sk) {
        Map<String, AttributeValue> item = calls.call("GetItem", () -> client.getItem(b -> b.tableName(table)
                .key(DynamoTable.key(pk, sk)).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** Every item of partition {@code pk} (whose sort key starts with {@code skPrefix}, if given). */
    List<Map<String, AttributeValue>> all(String pk, String skPrefix, boolean ascending) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", DynamoTable.PK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", AttributeValue.fromS(pk)));
        String condition = "#pk = :pk";
        if (skPrefix != null) {
            names.put("#sk", DynamoTable.SK);
            values.put(":sk", AttributeValue.fromS(skPrefix));
            condition += " AND begins_with(#sk, :sk)";
        }
        String keyCondition = condition;
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = calls.call("Query", () -> client.query(b -> b.tableName(table)
                    .keyConditionExpression(keyCondition).expressionAttributeNames(names)
                    .expressionAttributeValues(values).consistentRead(true).scanIndexForward(ascending)
                    .exclusiveStartKey(from).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    /**
     * At most {@code limit} items of partition {@code pk} whose sort key sorts after {@code afterSk}
     * (null: from the first), ascending, in one request (DynamoDB ends a page at 1 MB, so it may hold
     * fewer; the caller asks again from the last key it got, until a page comes back empty).
     */
    List<Map<String, AttributeValue>> page(String pk, String afterSk, int limit) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", DynamoTable.PK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", AttributeValue.fromS(pk)));
        String condition = "#pk = :pk";
        if (afterSk != null) {
            names.put("#sk", DynamoTable.SK);
            values.put(":sk", AttributeValue.fromS(afterSk));
            condition += " AND #sk > :sk";
        }
        String keyCondition = condition;
        return calls.call("Query", () -> client.query(b -> b.tableName(table).keyConditionExpression(keyCondition)
                .expressionAttributeNames(names).expressionAttributeValues(values).consistentRead(true)
                .scanIndexForward(true).limit(limit).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))).items();
    }
}
