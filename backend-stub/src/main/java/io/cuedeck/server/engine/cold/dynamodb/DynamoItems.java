package io.cuedeck.server.engine.cold.dynamodb;

import static io.cuedeck.server.engine.cold.dynamodb.DynamoTable.PK;
import static io.cuedeck.server.engine.cold.dynamodb.DynamoTable.SK;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.Show;
import io.cuedeck.server.Json;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.FireTotals;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Records to items and back. Shows, cues and fires are stored as the server's JSON (exact instants,
 * the same shape the API speaks); snapshots as zig-zag varints (a 300-second snapshot of a
 * five-digit audience is about 900 bytes: one write unit); answers as plain attributes.
 */
final class DynamoItems {

    static final String JSON = "json";
    static final String CLOSED_AT = "closedAt";
    static final String REVEALED_AT = "revealedAt";
    static final String TOTALS = "totals";
    /** When the fire was known to be published; with {@link #PENDING}, see {@link #fireWrite}. */
    static final String SENT_AT = "sentAt";
    static final String PENDING = "pending";

    private DynamoItems() {
    }

    static Map<String, AttributeValue> cue(Cue cue) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoTable.key(DynamoTable.showPk(cue.showId()),
                DynamoTable.cueSk(cue.id())));
        item.put(JSON, AttributeValue.fromS(Json.write(cue)));
        return item;
    }

    static Cue cue(Map<String, AttributeValue> item) {
        return Json.read(item.get(JSON).s(), Cue.class);
    }

    static Show show(Map<String, AttributeValue> item) {
        return Json.read(item.get(JSON).s(), Show.class);
    }

    /**
     * One write of a fire: the record as fired goes to {@code json} and each of close, reveal and
     * totals to an attribute of its own, every one of them only if not there yet
     * ({@code if_not_exists}), so writes of different fields by different nodes all stay. A fire
     * stored before it was sent also gets {@code pending}; one whose item has neither that nor
     * {@code sentAt} was written before fires had a pending step, and was sent when fired.
     */
    static UpdateItemRequest fireWrite(String table, FireRecord fire) {
        Map<String, String> names = new HashMap<>(Map.of("#j", JSON));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":j", AttributeValue.fromS(Json.write(fire.asFired()))));
        StringBuilder set = new StringBuilder("SET #j = if_not_exists(#j, :j)");
        setOnce(set, names, values, CLOSED_AT, fire.closedAt() == null ? null : fire.closedAt().toString());
        setOnce(set, names, values, REVEALED_AT, fire.revealedAt() == null ? null : fire.revealedAt().toString());
        setOnce(set, names, values, TOTALS, fire.totals() == null ? null : Json.write(fire.totals()));
        setOnce(set, names, values, SENT_AT, fire.sentAt() == null ? null : fire.sentAt().toString());
        setOnce(set, names, values, PENDING, fire.sent() ? null : "1");
        return UpdateItemRequest.builder().tableName(table)
                .key(DynamoTable.key(DynamoTable.showPk(fire.showId()), DynamoTable.fireSk(fire.fireId())))
                .updateExpression(set.toString()).expressionAttributeNames(names).expressionAttributeValues(values)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
    }

    private static void setOnce(StringBuilder set, Map<String, String> names, Map<String, AttributeValue> values,
            String attribute, String value) {
        if (value != null) {
            String name = "#" + attribute;
            String placeholder = ":" + attribute;
            set.append(", ").append(name).append(" = if_not_exists(").append(name).append(", ").append(placeholder)
                    .append(')');
            names.put(name, attribute);
            values.put(placeholder, AttributeValue.fromS(value));
        }
    }

    /** A fire item as stored; an item written before the fields had attributes keeps them in its json. */
    static FireRecord fire(Map<String, AttributeValue> item) {
        AttributeValue totals = item.get(TOTALS);
        FireRecord body = Json.read(item.get(JSON).s(), FireRecord.class);
        Instant sent = instant(item.get(SENT_AT));
        return body.orElse(instant(item.get(CLOSED_AT)), instant(item.get(REVEALED_AT)),
                totals == null ? null : Json.read(totals.s(), FireTotals.class),
                sent != null || item.containsKey(PENDING) ? sent : body.firedAt());
    }

    private static Instant instant(AttributeValue value) {
        return value == null ? null : Instant.parse(value.s());
    }

    static Map<String, AttributeValue> snapshot(ViewerSnapshot snapshot) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoTable.key(DynamoTable.showPk(snapshot.showId()),
                DynamoTable.snapshotSk(snapshot.startSecond())));
        item.put("start", AttributeValue.fromN(Long.toString(snapshot.startSecond())));
        item.put("viewers", AttributeValue.fromB(SdkBytes.fromByteArray(varints(snapshot.viewers()))));
        return item;
    }

    static ViewerSnapshot snapshot(String showId, Map<String, AttributeValue> item) {
        return new ViewerSnapshot(showId, Long.parseLong(item.get("start").n()),
                longs(item.get("viewers").b().asByteBuffer()));
    }

    static AnswerRecord answer(String showId, String fireId, Map<String, AttributeValue> item) {
        AttributeValue choice = item.get("choice");
        AttributeValue text = item.get("text");
        return new AnswerRecord(showId, fireId, item.get(SK).s(), choice == null ? null : Integer.valueOf(choice.n()),
                text == null ? null : text.s(), Instant.parse(item.get("at").s()));
    }

    static String pk(Map<String, AttributeValue> item) {
        return item.get(PK).s();
    }

    static byte[] varints(long[] values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(values.length * 3);
        for (long value : values) {
            long v = (value << 1) ^ (value >> 63);
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
        return out.toByteArray();
    }

    static long[] longs(ByteBuffer in) {
        long[] values = new long[in.remaining()];
        int n = 0;
        while (in.hasRemaining()) {
            long v = 0;
            int shift = 0;
            byte b;
            do {
                b = in.get();
                v |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            values[n++] = (v >>> 1) ^ -(v & 1);
        }
        return java.util.Arrays.copyOf(values, n);
    }
}
