package io.cuedeck.server.engine.cold.dynamodb;

import io.cuedeck.protocol.AuditEntry;
import io.cuedeck.protocol.AuditPage;
import io.cuedeck.server.Json;
import io.cuedeck.server.engine.cold.AuditTrail;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The audit trail in the show's partition: an entry item {@code AU#{atMs:013}#{id}} (its JSON),
 * sorted by time, and a marker {@code AK#{id}} that makes the id unique. Both are written in one
 * {@code TransactWriteItems}, the marker conditioned on not existing, so a second append of an id
 * (from any node, or a retry whose first answer was lost) stores nothing. Pages are read newest
 * first with a strongly consistent query of the entry items only.
 */
final class DynamoAudit implements AuditTrail {

    private static final String ENTRY = "AU#";
    private static final String MARKER = "AK#";

    private final DynamoDbClient client;
    private final DynamoCalls calls;
    private final String table;

    DynamoAudit(DynamoDbClient client, DynamoCalls calls, String table) {
        this.client = client;
        this.calls = calls;
        this.table = table;
    }

    private static String entrySk(long atMillis, String id) {
        return String.format("%s%013d#%s", ENTRY, atMillis, id);
    }

    @Override
    public boolean append(AuditEntry entry) {
        String pk = DynamoTable.showPk(entry.showId());
        Map<String, AttributeValue> item = new HashMap<>(DynamoTable.key(pk, entrySk(entry.at().toEpochMilli(), entry.id())));
        item.put(DynamoItems.JSON, AttributeValue.fromS(Json.write(entry)));
        try {
            calls.call("TransactWriteItems", () -> client.transactWriteItems(b -> b
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .transactItems(
                            TransactWriteItem.builder().put(Put.builder().tableName(table)
                                    .item(DynamoTable.key(pk, MARKER + entry.id()))
                                    .conditionExpression("attribute_not_exists(" + DynamoTable.PK + ")").build()).build(),
                            TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build())));
            return true;
        } catch (TransactionCanceledException e) {
            return false; // the marker exists: this id is in the trail already
        }
    }

    @Override
    public AuditPage newest(String showId, String before, int limit) {
        int n = Math.max(1, Math.min(MAX_PAGE, limit));
        String high = before == null ? ENTRY + "~" : entrySk(Cursor.parse(before).atMillis(), Cursor.parse(before).id());
        List<AuditEntry> found = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = calls.call("Query", () -> client.query(b -> b.tableName(table)
                    .keyConditionExpression("#pk = :pk AND #sk BETWEEN :lo AND :hi")
                    .expressionAttributeNames(Map.of("#pk", DynamoTable.PK, "#sk", DynamoTable.SK))
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(DynamoTable.showPk(showId)),
                            ":lo", AttributeValue.fromS(ENTRY), ":hi", AttributeValue.fromS(high)))
                    .consistentRead(true).scanIndexForward(false).limit(n + 2).exclusiveStartKey(from)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
            for (Map<String, AttributeValue> item : page.items()) {
                if (!item.get(DynamoTable.SK).s().equals(high)) {
                    found.add(Json.read(item.get(DynamoItems.JSON).s(), AuditEntry.class));
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && found.size() <= n);
        if (found.size() <= n) {
            return new AuditPage(found, null);
        }
        List<AuditEntry> entries = List.copyOf(found.subList(0, n));
        return new AuditPage(entries, AuditTrail.cursorAfter(entries.get(n - 1)));
    }

    @Override
    public List<AuditEntry> all(String showId) {
        return new DynamoQuery(client, calls, table).all(DynamoTable.showPk(showId), ENTRY, true).stream()
                .map(item -> Json.read(item.get(DynamoItems.JSON).s(), AuditEntry.class)).toList();
    }
}
