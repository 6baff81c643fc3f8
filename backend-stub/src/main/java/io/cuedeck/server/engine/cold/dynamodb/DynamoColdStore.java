package io.cuedeck.server.engine.cold.dynamodb;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.Show;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The cold store on one DynamoDB table (layout in {@link DynamoTable}). Every write returns once
 * DynamoDB acknowledged it, which makes it durable; rundown writes are transactions or conditional
 * updates on the show item; a fire write is one update that sets only what is not set yet; answers
 * are written 25 to a request as conditional inserts ({@link DynamoAnswers}), a batch of viewer
 * snapshots 25 to a {@code BatchWriteItem} request ({@link DynamoBatchPuts}); every request is
 * retried and metered in {@link DynamoCalls}.
 */
public final class DynamoColdStore implements ColdStore {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final DynamoDbClient client;
    private final boolean ownsClient;
    private final String table;
    private final DynamoCalls calls;
    private final DynamoShows shows;
    private final DynamoRundown rundown;
    private final DynamoAnswers answers;
    private final DynamoAudit audit;
    private final DynamoBoosts boosts;
    private final ExecutorService writers;

    private DynamoColdStore(DynamoDbClient client, boolean ownsClient, DynamoConfig config, MeterRegistry meters,
            Duration deadline) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.table = config.table();
        this.calls = new DynamoCalls(meters, table, deadline);
        this.shows = new DynamoShows(client, calls, table);
        this.rundown = new DynamoRundown(client, calls, table);
        this.audit = new DynamoAudit(client, calls, table);
        this.boosts = new DynamoBoosts(client, calls, table);
        this.writers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "dynamodb-answers");
            t.setDaemon(true);
            return t;
        });
        this.answers = new DynamoAnswers(client, calls, table, writers, config.retentionDays(), deadline);
    }

    /**
     * Opens the store: builds the SDK client from {@code config} and checks the table (creating it
     * when {@code config.create()}). Fails with one clear line when the table is missing or
     * DynamoDB cannot be reached.
     */
    public static DynamoColdStore open(DynamoConfig config, MeterRegistry meters) {
        return open(config, meters, DEADLINE);
    }

    /** As {@link #open(DynamoConfig, MeterRegistry)}, giving up on a request after {@code deadline} of retries. */
    static DynamoColdStore open(DynamoConfig config, MeterRegistry meters, Duration deadline) {
        DynamoDbClient client = DynamoClients.create(config);
        try {
            DynamoTable.ensure(client, config.table(), config.create());
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        return new DynamoColdStore(client, true, config, meters, deadline);
    }

    /** Opens the store on a client made elsewhere (DynamoDB Local's embedded client in tests); it stays open on close. */
    public static DynamoColdStore open(DynamoConfig config, DynamoDbClient client, MeterRegistry meters) {
        return open(config, client, meters, DEADLINE);
    }

    /** As {@link #open(DynamoConfig, DynamoDbClient, MeterRegistry)}, giving up on a request after {@code deadline}. */
    static DynamoColdStore open(DynamoConfig config, DynamoDbClient client, MeterRegistry meters, Duration deadline) {
        DynamoTable.ensure(client, config.table(), config.create());
        return new DynamoColdStore(client, false, config, meters, deadline);
    }

    @Override
    public String name() {
        return "dynamodb";
    }

    @Override
    public boolean isUp() {
        return calls.isUp();
    }

    @Override
    public void createShow(Show show) {
        shows.create(show);
    }

    @Override
    public Optional<Show> show(String showId) {
        return shows.get(showId);
    }

    @Override
    public List<Show> shows() {
        return shows.all();
    }

    @Override
    public boolean updateShow(Show show) {
        return shows.update(show);
    }

    @Override
    public void addCue(Cue cue) {
        rundown.add(cue);
    }

    @Override
    public boolean updateCue(Cue cue) {
        return rundown.update(cue);
    }

    @Override
    public boolean deleteCue(String showId, String cueId) {
        return rundown.delete(showId, cueId);
    }

    @Override
    public boolean reorder(String showId, List<String> order) {
        return rundown.reorder(showId, order);
    }

    @Override
    public List<Cue> rundown(String showId) {
        return rundown.rundown(showId);
    }

    @Override
    public Optional<Cue> cue(String showId, String cueId) {
        return rundown.cue(showId, cueId);
    }

    @Override
    public void putFire(FireRecord fire) {
        UpdateItemRequest write = DynamoItems.fireWrite(table, fire);
        calls.call("UpdateItem", () -> client.updateItem(write));
    }

    @Override
    public Optional<FireRecord> fire(String showId, String fireId) {
        return reads().one(DynamoTable.showPk(showId), DynamoTable.fireSk(fireId)).map(DynamoItems::fire);
    }

    @Override
    public List<FireRecord> fires(String showId) {
        return query(showId, DynamoTable.fireSk("")).stream().map(DynamoItems::fire)
                .sorted(Comparator.comparing(FireRecord::firedAt).thenComparing(FireRecord::fireId)).toList();
    }

    @Override
    public boolean[] appendAnswers(List<AnswerRecord> batch) {
        return answers.append(batch);
    }

    @Override
    public List<AnswerRecord> answers(String showId, String fireId) {
        return answers.read(showId, fireId);
    }

    @Override
    public List<AnswerRecord> answersAfter(String showId, String fireId, String afterViewerId, int limit) {
        return answers.after(showId, fireId, afterViewerId, limit);
    }

    @Override
    public void putSnapshot(ViewerSnapshot snapshot) {
        put(DynamoItems.snapshot(snapshot));
    }

    @Override
    public void putSnapshots(List<ViewerSnapshot> snapshots) {
        // one item per key, the later one (a request may not name a key twice)
        Map<List<Object>, Map<String, AttributeValue>> items = new LinkedHashMap<>();
        for (ViewerSnapshot snapshot : snapshots) {
            items.put(List.of(snapshot.showId(), snapshot.startSecond()), DynamoItems.snapshot(snapshot));
        }
        DynamoBatchPuts.put(client, calls, table, List.copyOf(items.values()));
    }

    @Override
    public List<ViewerSnapshot> snapshots(String showId) {
        return query(showId, "V#").stream().map(item -> DynamoItems.snapshot(showId, item)).toList();
    }

    @Override
    public io.cuedeck.server.engine.cold.AuditTrail audit() {
        return audit;
    }

    @Override
    public io.cuedeck.server.engine.cold.BoostStore boosts() {
        return boosts;
    }

    @Override
    public void close() {
        writers.shutdown();
        if (ownsClient) {
            client.close();
        }
    }

    private void put(Map<String, AttributeValue> item) {
        calls.call("PutItem", () -> client.putItem(b -> b.tableName(table).item(item)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
    }

    private List<Map<String, AttributeValue>> query(String showId, String skPrefix) {
        return reads().all(DynamoTable.showPk(showId), skPrefix, true);
    }

    private DynamoQuery reads() {
        return new DynamoQuery(client, calls, table);
    }
}
