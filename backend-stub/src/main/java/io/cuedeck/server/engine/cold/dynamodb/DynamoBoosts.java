package io.cuedeck.server.engine.cold.dynamodb;

import static io.cuedeck.server.engine.cold.dynamodb.DynamoTable.PK;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.CalendarSubscription;
import io.cuedeck.protocol.capacity.CapacityAction;
import io.cuedeck.server.Json;
import io.cuedeck.server.engine.cold.BoostStore;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Boosts on the single table. Each boost is a main item ({@code BOOST#{id}}, {@code #BOOST}: json,
 * {@code ver}, and {@code list}, the key of its listing copy) and a listing copy: in
 * {@code BOOSTS#OPEN} while unfinished (the scheduler reads that one small partition), then in
 * {@code BOOSTS#{yyyy-MM of its end}} with sort key {@code {endMs:013}#{id}} once done or cancelled,
 * so a time-range query reads the open partition and the months the range touches, never every boost
 * ever made. Both are written in one transaction conditioned on the main item's version. Actions live
 * in {@code CAPACITY#ACTIONS} under time-ordered ids (kept 30 days), subscriptions in
 * {@code CAPACITY#SUBS}.
 */
final class DynamoBoosts implements BoostStore {

    static final String OPEN = "BOOSTS#OPEN";
    static final String ACTIONS = "CAPACITY#ACTIONS";
    static final String SUBSCRIPTIONS = "CAPACITY#SUBS";
    private static final String MAIN_SK = "#BOOST";
    private static final String VERSION = "ver";
    private static final String LIST = "list";
    /** A boost is at most 7 days long and leads by at most 12 hours (BoostRules). */
    private static final Duration LONGEST = Duration.ofDays(7).plusHours(12);
    private static final Duration ACTION_RETENTION = Duration.ofDays(30);

    private final DynamoDbClient client;
    private final DynamoCalls calls;
    private final String table;

    DynamoBoosts(DynamoDbClient client, DynamoCalls calls, String table) {
        this.client = client;
        this.calls = calls;
        this.table = table;
    }

    @Override
    public boolean create(Boost boost) {
        Put main = Put.builder().tableName(table).item(main(boost))
                .conditionExpression("attribute_not_exists(" + PK + ")").build();
        return transact(List.of(TransactWriteItem.builder().put(main).build(),
                TransactWriteItem.builder().put(listing(boost)).build()));
    }

    @Override
    public boolean replace(Boost boost, long expectedVersion) {
        Optional<Map<String, AttributeValue>> stored = reads().one(mainPk(boost.id()), MAIN_SK);
        if (stored.isEmpty() || Long.parseLong(stored.get().get(VERSION).n()) != expectedVersion) {
            return false;
        }
        Put main = Put.builder().tableName(table).item(main(boost))
                .conditionExpression("#v = :expected").expressionAttributeNames(Map.of("#v", VERSION))
                .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))))
                .build();
        List<TransactWriteItem> items = new ArrayList<>(List.of(TransactWriteItem.builder().put(main).build(),
                TransactWriteItem.builder().put(listing(boost)).build()));
        String oldList = stored.get().get(LIST).s();
        if (!oldList.equals(listKey(boost))) {
            String[] key = oldList.split("\u0000", 2);
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(DynamoTable.key(key[0], key[1])).build()).build());
        }
        return transact(items);
    }

    @Override
    public Optional<Boost> get(String id) {
        return reads().one(mainPk(id), MAIN_SK).map(DynamoBoosts::boost);
    }

    @Override
    public List<Boost> between(Instant from, Instant to, String showId) {
        Map<String, Boost> found = new LinkedHashMap<>();
        for (Boost b : unfinished()) {
            found.put(b.id(), b);
        }
        YearMonth month = YearMonth.from(from.atOffset(ZoneOffset.UTC));
        YearMonth last = YearMonth.from(to.plus(LONGEST).atOffset(ZoneOffset.UTC));
        for (; !month.isAfter(last); month = month.plusMonths(1)) {
            for (Map<String, AttributeValue> item : reads().all(archivePk(month), null, true)) {
                Boost b = boost(item);
                found.putIfAbsent(b.id(), b);
            }
        }
        return found.values().stream()
                .filter(b -> b.scaleUpAt().isBefore(to) && b.end().isAfter(from))
                .filter(b -> showId == null || showId.equals(b.showId()))
                .sorted(Comparator.comparing(Boost::start).thenComparing(Boost::id)).toList();
    }

    @Override
    public List<Boost> unfinished() {
        return reads().all(OPEN, null, true).stream().map(DynamoBoosts::boost)
                .sorted(Comparator.comparing(Boost::start).thenComparing(Boost::id)).toList();
    }

    @Override
    public boolean recordAction(CapacityAction action) {
        try {
            calls.call("PutItem", () -> client.putItem(b -> b.tableName(table).item(action(action))
                    .conditionExpression("attribute_not_exists(" + PK + ")")
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
            return true;
        } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void settleAction(CapacityAction action) {
        calls.call("PutItem", () -> client.putItem(b -> b.tableName(table).item(action(action))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
    }

    @Override
    public List<CapacityAction> recentActions(int limit) {
        QueryResponse page = calls.call("Query", () -> client.query(b -> b.tableName(table)
                .keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", PK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ACTIONS)))
                .consistentRead(true).scanIndexForward(false).limit(limit)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
        return page.items().stream().map(i -> Json.read(i.get(DynamoItems.JSON).s(), CapacityAction.class)).toList();
    }

    @Override
    public void putSubscription(CalendarSubscription subscription) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoTable.key(SUBSCRIPTIONS, subscription.id()));
        item.put(DynamoItems.JSON, AttributeValue.fromS(Json.write(subscription)));
        calls.call("PutItem", () -> client.putItem(b -> b.tableName(table).item(item)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
    }

    @Override
    public List<CalendarSubscription> subscriptions() {
        return reads().all(SUBSCRIPTIONS, null, true).stream()
                .map(i -> Json.read(i.get(DynamoItems.JSON).s(), CalendarSubscription.class)).toList();
    }

    @Override
    public boolean deleteSubscription(String id) {
        var response = calls.call("DeleteItem", () -> client.deleteItem(b -> b.tableName(table)
                .key(DynamoTable.key(SUBSCRIPTIONS, id))
                .returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.ALL_OLD)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
        return response.hasAttributes() && !response.attributes().isEmpty();
    }

    private boolean transact(List<TransactWriteItem> items) {
        try {
            calls.call("TransactWriteItems", () -> client.transactWriteItems(b -> b
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).transactItems(items)));
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }

    private Map<String, AttributeValue> main(Boost boost) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoTable.key(mainPk(boost.id()), MAIN_SK));
        item.put(DynamoItems.JSON, AttributeValue.fromS(Json.write(boost)));
        item.put(VERSION, AttributeValue.fromN(Long.toString(boost.version())));
        item.put(LIST, AttributeValue.fromS(listKey(boost)));
        return item;
    }

    private Put listing(Boost boost) {
        String[] key = listKey(boost).split("\u0000", 2);
        Map<String, AttributeValue> item = new HashMap<>(DynamoTable.key(key[0], key[1]));
        item.put(DynamoItems.JSON, AttributeValue.fromS(Json.write(boost)));
        return Put.builder().tableName(table).item(item).build();
    }

    /** {@code pk \0 sk} of the boost's listing copy. */
    private static String listKey(Boost boost) {
        if (!boost.status().finished()) {
            return OPEN + "\u0000" + boost.id();
        }
        return archivePk(YearMonth.from(boost.end().atOffset(ZoneOffset.UTC))) + "\u0000"
                + String.format("%013d#%s", boost.end().toEpochMilli(), boost.id());
    }

    private static String archivePk(YearMonth month) {
        return "BOOSTS#" + month;
    }

    private static String mainPk(String id) {
        return "BOOST#" + id;
    }

    private static Map<String, AttributeValue> action(CapacityAction action) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoTable.key(ACTIONS, "A#" + action.id()));
        item.put(DynamoItems.JSON, AttributeValue.fromS(Json.write(action)));
        item.put(DynamoTable.TTL, AttributeValue.fromN(Long.toString(
                action.at().plus(ACTION_RETENTION).getEpochSecond())));
        return item;
    }

    private static Boost boost(Map<String, AttributeValue> item) {
        return Json.read(item.get(DynamoItems.JSON).s(), Boost.class);
    }

    private DynamoQuery reads() {
        return new DynamoQuery(client, calls, table);
    }
}
