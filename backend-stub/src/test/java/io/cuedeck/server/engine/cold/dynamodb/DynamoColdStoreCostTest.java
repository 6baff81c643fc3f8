package io.cuedeck.server.engine.cold.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import io.cuedeck.server.testsupport.FreePort;
import io.cuedeck.server.testsupport.LocalDynamo;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the DynamoDB store costs in requests, how it survives throttling, and how it fails. */
class DynamoColdStoreCostTest {

    private static final DynamoConfig CONFIG = new DynamoConfig("cuedeck-cost", null, true, 0);
    private static LocalDynamo dynamo;
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @BeforeAll
    static void startDynamo() {
        dynamo = LocalDynamo.embedded();
    }

    @AfterAll
    static void stopDynamo() {
        dynamo.close();
    }

    private static List<AnswerRecord> answers(String show, String fire, int n) {
        List<AnswerRecord> batch = new ArrayList<>();
        Instant at = Instant.now();
        for (int i = 0; i < n; i++) {
            batch.add(new AnswerRecord(show, fire, UUID.randomUUID().toString(), i % 4, null, at));
        }
        return batch;
    }

    private double counter(String name, String... labels) {
        return meters.getMeters().stream().filter(m -> m.getId().getName().equals(name))
                .filter(m -> {
                    for (int i = 0; i < labels.length; i += 2) {
                        if (!labels[i + 1].equals(m.getId().getTag(labels[i]))) {
                            return false;
                        }
                    }
                    return true;
                })
                .mapToDouble(m -> m.measure().iterator().next().getValue()).sum();
    }

    @Test
    void a_thousand_answers_cost_forty_requests_and_show_up_in_prometheus() {
        try (DynamoColdStore store = DynamoColdStore.open(CONFIG, dynamo.client(), meters)) {
            store.appendAnswers(answers("show-" + UUID.randomUUID(), "fire-1", 1_000));

            assertThat(counter("cuedeck.cold.requests", "operation", "BatchExecuteStatement")).isEqualTo(40);
            assertThat(meters.scrape()).contains("cuedeck_cold_requests_total{operation=\"BatchExecuteStatement\",outcome=\"ok\"} 40.0");
            // DynamoDB Local reports no consumed capacity for BatchExecuteStatement (AWS does): the
            // capacity counter is checked on a single write below
        }
    }

    @Test
    void one_snapshot_of_five_minutes_is_one_write_of_one_capacity_unit() {
        try (DynamoColdStore store = DynamoColdStore.open(CONFIG, dynamo.client(), meters)) {
            long[] viewers = new long[300];
            java.util.Arrays.fill(viewers, 12_345);
            store.putSnapshot(new ViewerSnapshot("show-" + UUID.randomUUID(), 1_700_000_000L, viewers));

            assertThat(counter("cuedeck.cold.requests", "operation", "PutItem")).isEqualTo(1);
            assertThat(counter("cuedeck.cold.capacity.units", "operation", "PutItem", "kind", "write")).isEqualTo(1);
        }
    }

    @Test
    void throttled_answers_are_retried_until_every_one_is_stored() {
        FlakyDynamo[] flaky = new FlakyDynamo[1];
        try (DynamoColdStore store = DynamoColdStore.open(CONFIG, FlakyDynamo.around(dynamo.client(), 30, flaky), meters)) {
            String show = "show-" + UUID.randomUUID();
            List<AnswerRecord> batch = answers(show, "fire-1", 500);

            store.appendAnswers(batch);

            assertThat(flaky[0].throttledStatements.get()).isPositive();
            assertThat(flaky[0].throttledRequests.get()).isPositive();
            assertThat(store.answers(show, "fire-1")).containsExactlyInAnyOrderElementsOf(batch);
            assertThat(counter("cuedeck.cold.requests", "outcome", "throttled")).isEqualTo(flaky[0].throttledRequests.get());
        }
    }

    @Test
    void answers_whose_write_reply_was_lost_are_reported_stored_and_a_viewers_earlier_answer_still_stands() {
        String show = "show-" + UUID.randomUUID();
        List<AnswerRecord> batch = new ArrayList<>(answers(show, "fire-1", 50));
        AnswerRecord second = batch.get(7);
        AnswerRecord earlier = new AnswerRecord(show, "fire-1", second.viewerId(), 3, null, second.at().minusSeconds(2));
        try (DynamoColdStore otherNode = DynamoColdStore.open(CONFIG, dynamo.client(), meters)) {
            assertThat(otherNode.appendAnswers(List.of(earlier))).containsExactly(true);
        }
        FlakyDynamo[] flaky = new FlakyDynamo[1];
        try (DynamoColdStore store = DynamoColdStore.open(CONFIG, FlakyDynamo.losingReplies(dynamo.client(), 2, flaky),
                meters)) {
            boolean[] stored = store.appendAnswers(batch);

            assertThat(flaky[0].lostReplies.get()).isEqualTo(2);
            for (int i = 0; i < batch.size(); i++) {
                assertThat(stored[i]).as("answer %d stored by this call", i).isEqualTo(i != 7);
            }
            List<AnswerRecord> expected = new ArrayList<>(batch);
            expected.set(7, earlier);
            assertThat(store.answers(show, "fire-1")).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static List<ViewerSnapshot> snapshotsOfShows(int shows, int perShow) {
        List<ViewerSnapshot> batch = new ArrayList<>();
        for (int s = 0; s < shows; s++) {
            String show = "show-" + UUID.randomUUID();
            for (int i = 0; i < perShow; i++) {
                long[] viewers = new long[300];
                java.util.Arrays.fill(viewers, 1_000L * s + i);
                batch.add(new ViewerSnapshot(show, 1_700_000_000L + 300L * i, viewers));
            }
        }
        return batch;
    }

    private static void assertStored(DynamoColdStore store, List<ViewerSnapshot> batch) {
        for (ViewerSnapshot expected : batch) {
            assertThat(store.snapshots(expected.showId())).filteredOn(s -> s.startSecond() == expected.startSecond())
                    .singleElement().satisfies(s -> assertThat(s.viewers()).isEqualTo(expected.viewers()));
        }
    }

    @Test
    void sixty_snapshots_of_twenty_shows_cost_three_batch_writes_of_sixty_write_units() {
        try (DynamoColdStore store = DynamoColdStore.open(CONFIG, dynamo.client(), meters)) {
            List<ViewerSnapshot> batch = snapshotsOfShows(20, 3);

            store.putSnapshots(batch);

            assertThat(counter("cuedeck.cold.requests", "operation", "BatchWriteItem", "outcome", "ok")).isEqualTo(3);
            assertThat(counter("cuedeck.cold.requests", "operation", "PutItem")).isZero();
            assertThat(counter("cuedeck.cold.capacity.units", "operation", "BatchWriteItem", "kind", "write")).isEqualTo(60);
            assertStored(store, batch);
        }
    }

    @Test
    void unprocessed_and_throttled_snapshot_writes_are_retried_until_every_snapshot_is_stored() {
        FlakyDynamo[] flaky = new FlakyDynamo[1];
        try (DynamoColdStore store = DynamoColdStore.open(CONFIG, FlakyDynamo.around(dynamo.client(), 12, flaky), meters)) {
            List<ViewerSnapshot> batch = snapshotsOfShows(40, 2);

            store.putSnapshots(batch);

            assertThat(flaky[0].unprocessedItems.get()).isPositive();
            assertThat(flaky[0].throttledRequests.get()).isPositive();
            assertStored(store, batch);
            assertThat(counter("cuedeck.cold.requests", "operation", "BatchWriteItem"))
                    .isEqualTo(flaky[0].writeRequests.get()).isGreaterThan(80 / 25 + 1);
            assertThat(counter("cuedeck.cold.requests", "operation", "BatchWriteItem", "outcome", "throttled"))
                    .isEqualTo(flaky[0].throttledRequests.get());
        }
    }

    @Test
    void snapshots_dynamodb_never_stores_fail_the_call_after_the_deadline_saying_how_many_were_not_written() {
        FlakyDynamo[] flaky = new FlakyDynamo[1];
        try (DynamoColdStore store = DynamoColdStore.open(CONFIG, FlakyDynamo.stalled(dynamo.client(), flaky), meters,
                java.time.Duration.ofSeconds(1))) {
            List<ViewerSnapshot> batch = snapshotsOfShows(30, 1);

            assertThatThrownBy(() -> store.putSnapshots(batch)).isInstanceOf(EngineUnavailableException.class)
                    .hasMessageContaining("DynamoDB table cuedeck-cost is unavailable (BatchWriteItem)")
                    .hasMessageContaining("30 of 30 items not written");
            assertThat(flaky[0].writeRequests.get()).isGreaterThan(2);
            assertThat(store.isUp()).isFalse();
            assertThat(batch).allSatisfy(s -> assertThat(store.snapshots(s.showId())).isEmpty());
        }
    }

    @Test
    void an_unreachable_dynamodb_fails_calls_naming_the_table_and_the_store_recovers_when_it_returns() {
        LocalDynamo server = LocalDynamo.server();
        int port = server.port();
        DynamoConfig remote = new DynamoConfig("cuedeck-outage", URI.create(server.endpoint()), true, 0);
        System.setProperty("aws.accessKeyId", LocalDynamo.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", LocalDynamo.SECRET_KEY);
        try (DynamoColdStore store = DynamoColdStore.open(remote, meters, java.time.Duration.ofSeconds(1))) {
            String show = "show-" + UUID.randomUUID();
            store.putSnapshot(new ViewerSnapshot(show, 1L, new long[] {1}));
            server.close();

            assertThatThrownBy(() -> store.snapshots(show)).isInstanceOf(EngineUnavailableException.class)
                    .hasMessageContaining("DynamoDB table cuedeck-outage is unavailable");
            assertThat(store.isUp()).isFalse();
            assertThat(counter("cuedeck.cold.requests", "outcome", "failed")).isPositive();

            server = LocalDynamo.server(port);
            server.client().createTable(b -> b.tableName("cuedeck-outage")
                    .billingMode(software.amazon.awssdk.services.dynamodb.model.BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"),
                            a -> a.attributeName("sk").attributeType("S"))
                    .keySchema(k -> k.attributeName("pk").keyType("HASH"), k -> k.attributeName("sk").keyType("RANGE")));
            store.putSnapshot(new ViewerSnapshot(show, 2L, new long[] {2}));
            assertThat(store.isUp()).isTrue();
            assertThat(store.snapshots(show)).hasSize(1);
        } finally {
            server.close();
        }
    }

    @Test
    void a_missing_table_stops_the_start_naming_the_setting_that_creates_it() {
        DynamoConfig absent = new DynamoConfig("cuedeck-absent", null, false, 0);

        assertThatThrownBy(() -> DynamoColdStore.open(absent, dynamo.client(), meters))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("cuedeck-absent").hasMessageContaining(DynamoConfig.CREATE_KEY + "=true");
    }

    @Test
    void an_endpoint_where_nothing_listens_stops_the_start_with_a_clear_message() {
        DynamoConfig nowhere = new DynamoConfig("cuedeck", URI.create("http://127.0.0.1:" + FreePort.pick()), false, 0);

        assertThatThrownBy(() -> DynamoColdStore.open(nowhere, meters))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("DynamoDB is not reachable for table cuedeck");
    }
}
