package io.cuedeck.server.engine.cold.dynamodb;

import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.cold.AnswerRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementError;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Answers, written 25 to a request. {@code BatchWriteItem} cannot carry a condition, and the
 * contract wants the first answer per viewer and fire to stay, so each batch is a
 * {@code BatchExecuteStatement} of 25 PartiQL {@code INSERT}s: an insert of a key that exists fails
 * alone with {@code DuplicateItem} (the stored answer stays), and throttled or failed statements
 * come back one by one like {@code UnprocessedItems} and are retried, with backoff and jitter,
 * until they are stored or the deadline makes the whole call fail. A request whose reply was lost is
 * sent again and finds its own items: a token per call tells them from a viewer's earlier answer
 * ({@link #ownWrites}). Nothing is dropped silently, and
 * each answer's outcome (stored, or refused as a viewer's second) goes back to the caller.
 * Up to four requests of one call are in flight at once.
 */
final class DynamoAnswers {

    static final int BATCH = 25;
    /** The attribute naming the {@link #append} call that stored an answer (a random id per call). */
    static final String TOKEN = "w";

    private final DynamoDbClient client;
    private final DynamoCalls calls;
    private final String table;
    private final ExecutorService writers;
    private final int retentionDays;
    private final Duration deadline;

    DynamoAnswers(DynamoDbClient client, DynamoCalls calls, String table, ExecutorService writers, int retentionDays,
            Duration deadline) {
        this.client = client;
        this.calls = calls;
        this.table = table;
        this.writers = writers;
        this.retentionDays = retentionDays;
        this.deadline = deadline;
    }

    boolean[] append(List<AnswerRecord> answers) {
        boolean[] stored = new boolean[answers.size()];
        Map<List<String>, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerRecord answer = answers.get(i);
            first.putIfAbsent(List.of(answer.showId(), answer.fireId(), answer.viewerId()), i);
        }
        List<Integer> unique = new ArrayList<>(first.values());
        String token = UUID.randomUUID().toString();
        List<Future<?>> writes = new ArrayList<>();
        for (int from = 0; from < unique.size(); from += BATCH) {
            List<Integer> chunk = unique.subList(from, Math.min(unique.size(), from + BATCH));
            writes.add(writers.submit(() -> write(answers, chunk, stored, token)));
        }
        RuntimeException failure = null;
        for (Future<?> write : writes) {
            try {
                write.get();
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause() instanceof RuntimeException r ? r
                        : new EngineUnavailableException("storing answers failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineUnavailableException("interrupted while storing answers", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return stored;
    }

    long count(String showId, String fireId) {
        return new DynamoQuery(client, calls, table).count(DynamoTable.answersPk(showId, fireId));
    }

    List<AnswerRecord> read(String showId, String fireId) {
        return new DynamoQuery(client, calls, table).all(DynamoTable.answersPk(showId, fireId), null, true).stream()
                .map(item -> DynamoItems.answer(showId, fireId, item)).toList();
    }

    /** One page in sort key (viewer id) order: a single {@code Query} with {@code sk > :after}. */
    List<AnswerRecord> after(String showId, String fireId, String afterViewerId, int limit) {
        return new DynamoQuery(client, calls, table).page(DynamoTable.answersPk(showId, fireId), afterViewerId, limit)
                .stream().map(item -> DynamoItems.answer(showId, fireId, item)).toList();
    }

    /**
     * Inserts {@code answers[i]} for each index of {@code chunk}, setting {@code stored[i]} for
     * those it stored (each index is written by one thread only; {@code Future.get} publishes them).
     */
    private void write(List<AnswerRecord> answers, List<Integer> chunk, boolean[] stored, String token) {
        long stopAt = System.nanoTime() + deadline.toNanos();
        List<Integer> pending = chunk;
        List<Integer> existing = new ArrayList<>();
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            List<Integer> sent = pending;
            List<BatchStatementRequest> statements = sent.stream().map(i -> insert(answers.get(i), token)).toList();
            BatchExecuteStatementResponse response = calls.call("BatchExecuteStatement", () -> client
                    .batchExecuteStatement(b -> b.statements(statements).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
            List<Integer> again = new ArrayList<>();
            String refused = null;
            for (int i = 0; i < sent.size(); i++) {
                BatchStatementError error = response.responses().get(i).error();
                if (error == null) {
                    stored[sent.get(i)] = true;
                } else if ("DuplicateItem".equals(error.codeAsString())
                        || "ConditionalCheckFailed".equals(error.codeAsString())) {
                    existing.add(sent.get(i)); // the viewer's first answer is stored already: it stays
                } else if (DynamoCalls.RETRYABLE_CODES.contains(error.codeAsString())) {
                    again.add(sent.get(i));
                } else {
                    refused = error.codeAsString() + ": " + error.message();
                }
            }
            if (refused != null) {
                throw new EngineUnavailableException("DynamoDB table " + table + " refused an answer: " + refused);
            }
            if (!again.isEmpty()) {
                calls.backOff("BatchExecuteStatement", attempt, stopAt,
                        new IllegalStateException(again.size() + " answers still unprocessed"));
            }
            pending = again;
        }
        if (!existing.isEmpty()) {
            ownWrites(answers, existing, stored, token, stopAt);
        }
    }

    /**
     * Which of the answers found stored already were stored by this very call: a request whose
     * reply was lost (a timeout, a reset connection) is sent again by {@link DynamoCalls}, and its
     * second run finds its own first run's items. Each item carries the call's token, so those are
     * told apart from a viewer's earlier answer and reported stored (else the viewer would hear
     * {@code duplicate} for an answer that was stored, and it would never be counted live). One
     * consistent read per request that met an existing item, which the ledger's claim makes rare.
     */
    private void ownWrites(List<AnswerRecord> answers, List<Integer> existing, boolean[] stored, String token,
            long stopAt) {
        Map<String, Integer> byViewer = new HashMap<>();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i : existing) {
            AnswerRecord a = answers.get(i);
            byViewer.put(a.viewerId(), i);
            keys.add(DynamoTable.key(DynamoTable.answersPk(a.showId(), a.fireId()), a.viewerId()));
        }
        for (int attempt = 0; !keys.isEmpty(); attempt++) {
            List<Map<String, AttributeValue>> asked = keys;
            BatchGetItemResponse response = calls.call("BatchGetItem", stopAt, () -> client.batchGetItem(b -> b
                    .requestItems(Map.of(table, KeysAndAttributes.builder().keys(asked).consistentRead(true)
                            .projectionExpression("sk, " + TOKEN).build()))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
            for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                AttributeValue w = item.get(TOKEN);
                Integer i = byViewer.get(item.get(DynamoTable.SK).s());
                if (i != null && w != null && token.equals(w.s())) {
                    stored[i] = true;
                }
            }
            KeysAndAttributes unprocessed = response.unprocessedKeys().get(table);
            keys = unprocessed == null ? List.of() : unprocessed.keys();
            if (!keys.isEmpty()) {
                calls.backOff("BatchGetItem", attempt, stopAt, new IllegalStateException(keys.size()
                        + " stored answers not read back yet"));
            }
        }
    }

    private BatchStatementRequest insert(AnswerRecord answer, String token) {
        List<AttributeValue> values = new ArrayList<>(List.of(
                AttributeValue.fromS(DynamoTable.answersPk(answer.showId(), answer.fireId())),
                AttributeValue.fromS(answer.viewerId()), AttributeValue.fromS(answer.at().toString()),
                AttributeValue.fromS(token)));
        StringBuilder sql = new StringBuilder("INSERT INTO \"").append(table)
                .append("\" VALUE {'pk': ?, 'sk': ?, 'at': ?, '" + TOKEN + "': ?");
        if (answer.choice() != null) {
            sql.append(", 'choice': ?");
            values.add(AttributeValue.fromN(answer.choice().toString()));
        }
        if (answer.text() != null) {
            sql.append(", 'text': ?");
            values.add(AttributeValue.fromS(answer.text()));
        }
        if (retentionDays > 0) {
            sql.append(", '").append(DynamoTable.TTL).append("': ?");
            values.add(AttributeValue.fromN(Long.toString(Instant.now().plus(Duration.ofDays(retentionDays)).getEpochSecond())));
        }
        return BatchStatementRequest.builder().statement(sql.append('}').toString()).parameters(values).build();
    }
}
