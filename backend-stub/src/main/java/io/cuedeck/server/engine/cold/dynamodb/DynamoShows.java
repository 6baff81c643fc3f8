package io.cuedeck.server.engine.cold.dynamodb;

import static io.cuedeck.server.engine.cold.dynamodb.DynamoTable.PK;
import static io.cuedeck.server.engine.cold.dynamodb.DynamoTable.SHOWS;
import static io.cuedeck.server.engine.cold.dynamodb.DynamoTable.SHOW_SK;

import io.cuedeck.protocol.Show;
import io.cuedeck.server.Json;
import io.cuedeck.server.engine.cold.DuplicateIdException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Shows: the show item (which also carries the rundown order, see {@link DynamoRundown}) and its
 * copy in the {@code SHOWS} list partition, always written together in one transaction so the
 * list, read with one strongly consistent query, never disagrees with the shows.
 */
final class DynamoShows {

    private final DynamoDbClient client;
    private final DynamoCalls calls;
    private final String table;

    DynamoShows(DynamoDbClient client, DynamoCalls calls, String table) {
        this.client = client;
        this.calls = calls;
        this.table = table;
    }

    void create(Show show) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoTable.key(DynamoTable.showPk(show.id()), SHOW_SK));
        item.put(DynamoItems.JSON, AttributeValue.fromS(Json.write(show)));
        item.put(DynamoRundown.ORDER, AttributeValue.fromL(List.of()));
        item.put(DynamoRundown.VERSION, AttributeValue.fromN("0"));
        try {
            calls.call("TransactWriteItems", () -> client.transactWriteItems(b -> b
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .transactItems(
                            TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                                    .conditionExpression("attribute_not_exists(" + PK + ")").build()).build(),
                            TransactWriteItem.builder().put(listPut(show)).build())));
        } catch (TransactionCanceledException e) {
            throw new DuplicateIdException("a show with id " + show.id() + " already exists");
        }
    }

    Optional<Show> get(String showId) {
        return new DynamoQuery(client, calls, table).one(DynamoTable.showPk(showId), SHOW_SK).map(DynamoItems::show);
    }

    List<Show> all() {
        return new DynamoQuery(client, calls, table).all(SHOWS, null, false).stream().map(DynamoItems::show).toList();
    }

    boolean update(Show show) {
        Optional<Show> old = get(show.id());
        if (old.isEmpty()) {
            return false;
        }
        Update update = Update.builder().tableName(table).key(DynamoTable.key(DynamoTable.showPk(show.id()), SHOW_SK))
                .updateExpression("SET #j = :j").conditionExpression("attribute_exists(" + PK + ")")
                .expressionAttributeNames(Map.of("#j", DynamoItems.JSON))
                .expressionAttributeValues(Map.of(":j", AttributeValue.fromS(Json.write(show)))).build();
        List<TransactWriteItem> items = new java.util.ArrayList<>(List.of(
                TransactWriteItem.builder().update(update).build(),
                TransactWriteItem.builder().put(listPut(show)).build()));
        if (!old.get().createdAt().equals(show.createdAt())) {
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(DynamoTable.key(SHOWS, DynamoTable.showListSk(old.get().createdAt().toEpochMilli(), show.id())))
                    .build()).build());
        }
        try {
            calls.call("TransactWriteItems", () -> client.transactWriteItems(b -> b
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).transactItems(items)));
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }

    private Put listPut(Show show) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoTable.key(SHOWS,
                DynamoTable.showListSk(show.createdAt().toEpochMilli(), show.id())));
        item.put(DynamoItems.JSON, AttributeValue.fromS(Json.write(show)));
        return Put.builder().tableName(table).item(item).build();
    }
}
