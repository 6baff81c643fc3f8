package io.cuedeck.server.engine.cold.dynamodb;

import io.cuedeck.server.engine.EngineUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Every DynamoDB request of the store goes through here: the one place that retries (throttling,
 * transaction conflicts, 5xx and I/O errors, with exponential backoff and full jitter, until a
 * deadline), counts requests and consumed capacity as Micrometer counters
 * ({@code cuedeck_cold_requests_total{operation,outcome}},
 * {@code cuedeck_cold_capacity_units_total{operation,kind}}), and turns what is left into
 * {@link EngineUnavailableException}. Conditional-check failures go back to the caller untouched:
 * they are answers, not faults.
 */
final class DynamoCalls {

    /** Error codes that mean "slow down or try again", in responses and in per-item results. */
    static final Set<String> RETRYABLE_CODES = Set.of("ProvisionedThroughputExceeded",
            "ProvisionedThroughputExceededException", "ThrottlingError", "ThrottlingException", "Throttling",
            "RequestLimitExceeded", "InternalServerError", "TransactionConflict", "TransactionInProgressException",
            "ServiceUnavailable");

    private static final long BASE_DELAY_MS = 25;
    private static final long MAX_DELAY_MS = 1_000;

    private final MeterRegistry meters;
    private final String table;
    private final Duration deadline;
    private volatile boolean up = true;

    DynamoCalls(MeterRegistry meters, String table, Duration deadline) {
        this.meters = meters;
        this.table = table;
        this.deadline = deadline;
    }

    boolean isUp() {
        return up;
    }

    /** Runs {@code request}, retrying transient failures until the deadline. */
    <R extends DynamoDbResponse> R call(String operation, Supplier<R> request) {
        return call(operation, stopAt(), request);
    }

    /**
     * As {@link #call(String, Supplier)}, giving up at {@code stopAt} ({@link System#nanoTime()}), for
     * a write of several requests that shares one deadline.
     */
    <R extends DynamoDbResponse> R call(String operation, long stopAt, Supplier<R> request) {
        for (int attempt = 0; ; attempt++) {
            try {
                R response = request.get();
                count(operation, "ok");
                capacity(operation, response);
                up = true;
                return response;
            } catch (ConditionalCheckFailedException e) {
                count(operation, "conditional");
                up = true;
                throw e;
            } catch (TransactionCanceledException e) {
                if (!retryable(e)) {
                    count(operation, "conditional");
                    up = true;
                    throw e;
                }
                count(operation, "conflict");
                backOff(operation, attempt, stopAt, e);
            } catch (ResourceNotFoundException e) {
                count(operation, "failed");
                up = false;
                throw new EngineUnavailableException("DynamoDB table " + table + " does not exist (" + operation + ")", e);
            } catch (AwsServiceException e) {
                boolean retry = e.statusCode() >= 500 || e.isThrottlingException()
                        || (e.awsErrorDetails() != null && RETRYABLE_CODES.contains(e.awsErrorDetails().errorCode()));
                count(operation, e.isThrottlingException() ? "throttled" : "failed");
                if (!retry) {
                    if ("ValidationException".equals(code(e))) {
                        // a request this store built wrongly: a bug, not an outage
                        throw new IllegalStateException("DynamoDB refused " + operation + ": " + e.getMessage(), e);
                    }
                    up = false;
                    throw unavailable(operation, e);
                }
                backOff(operation, attempt, stopAt, e);
            } catch (SdkClientException e) {
                count(operation, "failed");
                up = false;
                backOff(operation, attempt, stopAt, e);
            }
        }
    }

    /** When a call starting now gives up ({@link System#nanoTime()}). */
    long stopAt() {
        return System.nanoTime() + deadline.toNanos();
    }

    /** Sleeps before another attempt, or gives up with {@link EngineUnavailableException} past the deadline. */
    void backOff(String operation, int attempt, long stopAt, RuntimeException cause) {
        long ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS << Math.min(attempt, 10));
        long delay = ThreadLocalRandom.current().nextLong(ceiling + 1);
        if (System.nanoTime() + delay * 1_000_000 > stopAt) {
            up = false;
            throw unavailable(operation, cause);
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(operation, cause);
        }
    }

    EngineUnavailableException unavailable(String operation, RuntimeException cause) {
        return new EngineUnavailableException("DynamoDB table " + table + " is unavailable (" + operation + "): "
                + cause.getMessage(), cause);
    }

    private static boolean retryable(TransactionCanceledException e) {
        boolean any = false;
        for (CancellationReason reason : e.cancellationReasons()) {
            String code = reason.code();
            if (code == null || code.equals("None")) {
                continue;
            }
            if (!RETRYABLE_CODES.contains(code)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    private void count(String operation, String outcome) {
        Counter.builder("cuedeck.cold.requests").description("DynamoDB requests sent by the cold store")
                .tag("operation", operation).tag("outcome", outcome).register(meters).increment();
    }

    private void capacity(String operation, DynamoDbResponse response) {
        Object consumed = response.getValueForField("ConsumedCapacity", Object.class).orElse(null);
        if (consumed instanceof ConsumedCapacity one) {
            units(operation, one);
        } else if (consumed instanceof List<?> many) {
            for (Object each : many) {
                units(operation, (ConsumedCapacity) each);
            }
        }
    }

    private void units(String operation, ConsumedCapacity capacity) {
        double read = capacity.readCapacityUnits() == null ? 0 : capacity.readCapacityUnits();
        double write = capacity.writeCapacityUnits() == null ? 0 : capacity.writeCapacityUnits();
        if (read == 0 && write == 0 && capacity.capacityUnits() != null) {
            boolean reads = operation.startsWith("Get") || operation.startsWith("Query") || operation.startsWith("BatchGet");
            read = reads ? capacity.capacityUnits() : 0;
            write = reads ? 0 : capacity.capacityUnits();
        }
        if (read > 0) {
            Counter.builder("cuedeck.cold.capacity.units").description("DynamoDB capacity units consumed")
                    .tag("operation", operation).tag("kind", "read").register(meters).increment(read);
        }
        if (write > 0) {
            Counter.builder("cuedeck.cold.capacity.units").description("DynamoDB capacity units consumed")
                    .tag("operation", operation).tag("kind", "write").register(meters).increment(write);
        }
    }
}
