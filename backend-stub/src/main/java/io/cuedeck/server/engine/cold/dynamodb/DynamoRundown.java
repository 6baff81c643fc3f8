package io.cuedeck.server.engine.cold.dynamodb;

import static io.cuedeck.server.engine.cold.dynamodb.DynamoTable.PK;
import static io.cuedeck.server.engine.cold.dynamodb.DynamoTable.SHOW_SK;

import io.cuedeck.protocol.Cue;
import io.cuedeck.server.engine.cold.DuplicateIdException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The rundown: cue items plus the order on the show item ({@code order}, a list of cue ids, and
 * {@code ver}, bumped by every change). Adding or deleting a cue is one transaction over the cue
 * and the show item; a reorder is one update conditioned on the version it validated against, so a
 * concurrent add or delete makes it re-check (and refuse a now-stale order) instead of losing a cue.
 */
final class DynamoRundown {

    static final String ORDER = "order";
    static final String VERSION = "ver";
    private static final int MAX_TRIES = 20;

    private final DynamoDbClient client;
    private final DynamoCalls calls;
    private final String table;

    DynamoRundown(DynamoDbClient client, DynamoCalls calls, String table) {
        this.client = client;
        this.calls = calls;
        this.table = table;
    }

    void add(Cue cue) {
        Put put = Put.builder().tableName(table).item(DynamoItems.cue(cue))
                .conditionExpression("attribute_not_exists(" + PK + ")").build();
        Update append = Update.builder().tableName(table).key(showKey(cue.showId()))
                .updateExpression("SET #o = list_append(#o, :c), #v = #v + :one")
                .conditionExpression("attribute_exists(" + PK + ")")
                .expressionAttributeNames(Map.of("#o", ORDER, "#v", VERSION))
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromL(List.of(AttributeValue.fromS(cue.id()))),
                        ":one", AttributeValue.fromN("1"))).build();
        try {
            transact(TransactWriteItem.builder().put(put).build(), TransactWriteItem.builder().update(append).build());
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            if (reasons.size() > 1 && "ConditionalCheckFailed".equals(reasons.get(1).code())) {
                throw new IllegalArgumentException("there is no show " + cue.showId());
            }
            throw new DuplicateIdException("a cue with id " + cue.id() + " already exists in show " + cue.showId());
        }
    }

    boolean update(Cue cue) {
        try {
            calls.call("PutItem", () -> client.putItem(b -> b.tableName(table).item(DynamoItems.cue(cue))
                    .conditionExpression("attribute_exists(" + PK + ")")
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    boolean delete(String showId, String cueId) {
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            Optional<Order> order = order(showId);
            if (order.isEmpty() || !order.get().ids().contains(cueId)) {
                return false;
            }
            List<String> remaining = new ArrayList<>(order.get().ids());
            remaining.remove(cueId);
            Delete delete = Delete.builder().tableName(table)
                    .key(DynamoTable.key(DynamoTable.showPk(showId), DynamoTable.cueSk(cueId)))
                    .conditionExpression("attribute_exists(" + PK + ")").build();
            try {
                transact(TransactWriteItem.builder().delete(delete).build(),
                        TransactWriteItem.builder().update(setOrder(showId, remaining, order.get().version())).build());
                return true;
            } catch (TransactionCanceledException e) {
                if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                    return false;
                }
                // the order changed meanwhile: read it again
            }
        }
        throw calls.unavailable("delete cue", new IllegalStateException("the rundown kept changing"));
    }

    boolean reorder(String showId, List<String> ids) {
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            Optional<Order> order = order(showId);
            if (order.isEmpty() || !samePermutation(ids, order.get().ids())) {
                return false;
            }
            try {
                Update update = setOrder(showId, ids, order.get().version());
                calls.call("UpdateItem", () -> client.updateItem(b -> b.tableName(table).key(update.key())
                        .updateExpression(update.updateExpression()).conditionExpression(update.conditionExpression())
                        .expressionAttributeNames(update.expressionAttributeNames())
                        .expressionAttributeValues(update.expressionAttributeValues())
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
                return true;
            } catch (ConditionalCheckFailedException e) {
                // an add, delete or another reorder came first: validate against the new order
            }
        }
        return false;
    }

    List<Cue> rundown(String showId) {
        Optional<Order> order = order(showId);
        if (order.isEmpty()) {
            return List.of();
        }
        Map<String, Cue> byId = new LinkedHashMap<>();
        for (Map<String, AttributeValue> item : new DynamoQuery(client, calls, table)
                .all(DynamoTable.showPk(showId), DynamoTable.cueSk(""), true)) {
            Cue cue = DynamoItems.cue(item);
            byId.put(cue.id(), cue);
        }
        return order.get().ids().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    Optional<Cue> cue(String showId, String cueId) {
        return new DynamoQuery(client, calls, table).one(DynamoTable.showPk(showId), DynamoTable.cueSk(cueId))
                .map(DynamoItems::cue);
    }

    private record Order(List<String> ids, String version) {
    }

    private Optional<Order> order(String showId) {
        Map<String, AttributeValue> item = calls.call("GetItem", () -> client.getItem(b -> b.tableName(table)
                .key(showKey(showId)).consistentRead(true).projectionExpression("#o, #v")
                .expressionAttributeNames(Map.of("#o", ORDER, "#v", VERSION))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Order(item.get(ORDER).l().stream().map(AttributeValue::s).toList(), item.get(VERSION).n()));
    }

    private Update setOrder(String showId, List<String> ids, String version) {
        return Update.builder().tableName(table).key(showKey(showId))
                .updateExpression("SET #o = :o, #v = #v + :one").conditionExpression("#v = :v")
                .expressionAttributeNames(Map.of("#o", ORDER, "#v", VERSION))
                .expressionAttributeValues(Map.of(":o", AttributeValue.fromL(ids.stream().map(AttributeValue::fromS).toList()),
                        ":v", AttributeValue.fromN(version), ":one", AttributeValue.fromN("1"))).build();
    }

    private void transact(TransactWriteItem... items) {
        calls.call("TransactWriteItems", () -> client.transactWriteItems(b -> b
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).transactItems(items)));
    }

    private static Map<String, AttributeValue> showKey(String showId) {
        return DynamoTable.key(DynamoTable.showPk(showId), SHOW_SK);
    }

    private static boolean samePermutation(List<String> proposed, List<String> current) {
        return proposed.size() == current.size() && new HashSet<>(proposed).size() == proposed.size()
                && new HashSet<>(proposed).equals(new HashSet<>(current));
    }
}
