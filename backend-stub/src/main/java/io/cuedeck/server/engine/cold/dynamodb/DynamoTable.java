package io.cuedeck.server.engine.cold.dynamodb;

import io.cuedeck.server.engine.EngineUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The single-table design (documented in docs/operations.md). Key {@code pk} (hash) and {@code sk}
 * (range), both strings; no secondary index; TTL attribute {@code expiresAt} (epoch seconds).
 * <pre>
 * pk                    sk                   item
 * S#{show}              #SHOW                the show: json, order (list of cue ids), ver
 * S#{show}              C#{cue}              a cue: json
 * S#{show}              F#{fire}             a fire: json (as fired), closedAt, revealedAt, totals (json)
 * S#{show}              V#{startSecond:012}  a viewer snapshot: viewers (varint binary)
 * S#{show}              AU#{atMs:013}#{id}   an audit entry: json (see DynamoAudit)
 * S#{show}              AK#{id}              the marker that keeps an audit entry's id unique
 * SHOWS                 {createdMs:020}#{id} the show list, newest last: json (a copy of the show)
 * A#{len(show)}:{show}#{fire}  {viewer}      an answer: choice or text, at, [expiresAt]
 * BOOST#{id}            #BOOST               a boost: json, ver, list (key of its listing copy)
 * BOOSTS#OPEN           {id}                 listing copy of an unfinished boost: json
 * BOOSTS#{yyyy-MM}      {endMs:013}#{id}     listing copy of a done or cancelled boost, by its end month
 * CAPACITY#ACTIONS      A#{actionId}         a scheduler action: json, expiresAt (30 days)
 * CAPACITY#SUBS         {subscriptionId}     a calendar subscription: json
 * </pre>
 * A show's rundown order lives on its show item, so every rundown change is one transaction or
 * one conditional update of that item. Answers of one fire share a partition and are read with
 * one paginated query.
 */
final class DynamoTable {

    static final String PK = "pk";
    static final String SK = "sk";
    static final String TTL = "expiresAt";
    static final String SHOWS = "SHOWS";
    static final String SHOW_SK = "#SHOW";

    private DynamoTable() {
    }

    static String showPk(String showId) {
        return "S#" + showId;
    }

    static String cueSk(String cueId) {
        return "C#" + cueId;
    }

    static String fireSk(String fireId) {
        return "F#" + fireId;
    }

    static String snapshotSk(long startSecond) {
        return String.format("V#%012d", startSecond);
    }

    static String showListSk(long createdMillis, String showId) {
        return String.format("%020d#%s", createdMillis, showId);
    }

    static String answersPk(String showId, String fireId) {
        return "A#" + showId.length() + ":" + showId + "#" + fireId;
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }

    /**
     * Checks that the table exists with the expected key, creating it first when allowed; fails
     * with one clear line otherwise.
     */
    static void ensure(DynamoDbClient client, String table, boolean create) {
        TableDescription description;
        try {
            description = client.describeTable(b -> b.tableName(table)).table();
        } catch (ResourceNotFoundException e) {
            if (!create) {
                throw new EngineUnavailableException("DynamoDB table " + table + " does not exist: create it (see "
                        + "docs/operations.md) or set " + DynamoConfig.CREATE_KEY + "=true", e);
            }
            description = create(client, table);
        } catch (RuntimeException e) {
            throw new EngineUnavailableException("DynamoDB is not reachable for table " + table + ": " + e.getMessage(), e);
        }
        List<KeySchemaElement> schema = description.keySchema();
        boolean ok = schema.size() == 2 && schema.contains(element(PK, KeyType.HASH))
                && schema.contains(element(SK, KeyType.RANGE));
        if (!ok) {
            throw new EngineUnavailableException("DynamoDB table " + table + " has key " + schema
                    + "; Cuedeck needs pk (HASH, string) and sk (RANGE, string)");
        }
    }

    private static TableDescription create(DynamoDbClient client, String table) {
        client.createTable(b -> b.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute(PK), attribute(SK))
                .keySchema(element(PK, KeyType.HASH), element(SK, KeyType.RANGE)));
        TableDescription ready = client.waiter().waitUntilTableExists(b -> b.tableName(table),
                w -> w.waitTimeout(Duration.ofMinutes(2))).matched().response()
                .orElseThrow(() -> new EngineUnavailableException("DynamoDB table " + table + " did not become active"))
                .table();
        client.updateTimeToLive(b -> b.tableName(table)
                .timeToLiveSpecification(t -> t.attributeName(TTL).enabled(true)));
        return ready;
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement element(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
