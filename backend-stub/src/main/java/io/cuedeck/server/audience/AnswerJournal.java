package io.cuedeck.server.audience;

import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.ColdStore;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of answers. Submitters queue an answer and get a future; one writer thread takes
 * whatever is queued (up to {@link #MAX_BATCH}), stores it with one {@code appendAnswers} (one
 * transaction, one fsync on SQLite) and only then completes the batch's futures. So an answer is
 * acknowledged to a viewer only once it is durable, and the cost per answer falls as load rises.
 */
public final class AnswerJournal implements AutoCloseable {

    static final int MAX_BATCH = 500;
    static final int REQUEST_SIZE = 25;
    private static final long LINGER_NANOS = 20_000_000;
    static final int MAX_QUEUED = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(AnswerJournal.class);

    private record Pending(AnswerRecord answer, CompletableFuture<Boolean> done) {
    }

    private final ColdStore cold;
    private final Executor callbacks;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(MAX_QUEUED);
    private final Thread writer;
    private final DistributionSummary batchSize;
    private final Timer commitTime;
    private volatile boolean running = true;

    /** {@code callbacks} completes the futures, so submitters' continuations never run on the writer. */
    public AnswerJournal(ColdStore cold, Executor callbacks, MeterRegistry meters) {
        this.cold = cold;
        this.callbacks = callbacks;
        this.batchSize = DistributionSummary.builder("cuedeck.journal.batch.size").register(meters);
        this.commitTime = Timer.builder("cuedeck.journal.commit").register(meters);
        this.writer = new Thread(this::run, "cuedeck-answer-journal");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Completes once the answer's write is durable: true if it stored this answer, false if the
     * viewer's answer to that fire was already stored (see {@link ColdStore#appendAnswers}); fails
     * if it cannot be stored.
     */
    public CompletableFuture<Boolean> submit(AnswerRecord answer) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        if (!running || !queue.offer(new Pending(answer, done))) {
            done.completeExceptionally(new EngineUnavailableException("the answer journal is full or stopping"));
        }
        return done;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                fillToWholeRequests(batch);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Waits up to {@link #LINGER_NANOS} for more answers until the batch is a whole number of cold
     * store requests ({@link #REQUEST_SIZE} answers each, DynamoDB's batch size), so a busy fire
     * costs one request per 25 answers instead of one per partial batch.
     */
    private void fillToWholeRequests(List<Pending> batch) throws InterruptedException {
        long until = System.nanoTime() + LINGER_NANOS;
        while (batch.size() % REQUEST_SIZE != 0 && batch.size() < MAX_BATCH) {
            long left = until - System.nanoTime();
            Pending more = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (more == null) {
                return;
            }
            batch.add(more);
            queue.drainTo(batch, MAX_BATCH - batch.size());
        }
    }

    private void write(List<Pending> batch) {
        List<AnswerRecord> answers = new ArrayList<>(batch.size());
        batch.forEach(p -> answers.add(p.answer()));
        List<CompletableFuture<Boolean>> futures = new ArrayList<>(batch.size());
        batch.forEach(p -> futures.add(p.done()));
        try {
            boolean[] stored = commitTime.record(() -> cold.appendAnswers(answers));
            batchSize.record(answers.size());
            callbacks.execute(() -> {
                for (int i = 0; i < futures.size(); i++) {
                    futures.get(i).complete(stored[i]);
                }
            });
        } catch (RuntimeException e) {
            LOG.error("could not store {} answers; they are refused as unavailable", answers.size(), e);
            callbacks.execute(() -> futures.forEach(f -> f.completeExceptionally(e)));
        }
    }

    /** Stops taking answers and waits for the queued ones to be written. */
    @Override
    public void close() {
        running = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
