package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostEvent;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.server.Json;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boost transitions and failures to a Slack-compatible incoming webhook, as Block Kit messages
 * (show, boost, target, ready-at, error). Messages queue (up to {@value #QUEUE}; beyond that the
 * newest is dropped and counted) and go out one by one from the {@code cuedeck-notify} thread, so a
 * slow or failing Slack never delays the scheduler. A 429 waits its {@code Retry-After} (at most two
 * minutes) and sends again; a 5xx or an I/O error is retried with backoff up to {@value #ATTEMPTS}
 * times; other answers drop the message with a log line. Counted in
 * {@code cuedeck_capacity_notifications_total{outcome}}.
 */
final class SlackNotifier implements Notifier, AutoCloseable {

    static final int QUEUE = 500;
    static final int ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(SlackNotifier.class);

    private final URI url;
    private final MeterRegistry meters;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread sender;
    private volatile boolean closed;

    SlackNotifier(URI url, MeterRegistry meters) {
        this.url = url;
        this.meters = meters;
        this.sender = new Thread(this::sendAll, "cuedeck-notify");
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public void boostChanged(Boost boost, BoostEvent event) {
        if (!queue.offer(message(boost, event))) {
            count("dropped");
            LOG.warn("Slack notification dropped: {} messages already waiting", QUEUE);
        }
    }

    /** The Block Kit message of one transition. */
    static String message(Boost b, BoostEvent e) {
        String headline = headline(e.status()) + ": " + b.title();
        List<Map<String, Object>> fields = new ArrayList<>();
        fields.add(field("Show", b.showId() == null ? "all shows" : b.showId()));
        fields.add(field("Target", b.units() + " units" + (b.expectedViewers() == null ? ""
                : " (" + String.format("%,d", b.expectedViewers()) + " viewers)")));
        fields.add(field("Window", b.start() + " to " + b.end()));
        fields.add(field("Ready at", b.readyAt() == null ? "not yet" : b.readyAt().toString()));
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "header", "text", Map.of("type", "plain_text", "text", clip(headline, 150))));
        blocks.add(Map.of("type", "section", "fields", fields));
        if (e.status() == BoostStatus.FAILED) {
            blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", clip("*Error*\n" + e.detail(), 3000))));
        } else if (e.detail() != null) {
            blocks.add(Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text",
                    clip(e.detail(), 3000)))));
        }
        return Json.write(Map.of("text", clip(headline + (e.detail() == null ? "" : " - " + e.detail()), 3000),
                "blocks", blocks));
    }

    private static String headline(BoostStatus s) {
        return switch (s) {
            case PLANNED -> "Boost planned";
            case SCALING_UP -> "Scaling up";
            case READY -> "Capacity ready";
            case HOLDING -> "Holding capacity";
            case SCALING_DOWN -> "Scaling down";
            case DONE -> "Boost done";
            case FAILED -> "Boost FAILED";
            case CANCELLED -> "Boost cancelled";
        };
    }

    private static Map<String, Object> field(String name, String value) {
        return Map.of("type", "mrkdwn", "text", "*" + name + "*\n" + value);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private void sendAll() {
        while (!closed) {
            String message;
            try {
                message = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                send(message);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void send(String message) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(message)).build();
        int throttled = 0;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long wait;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    count("sent");
                    return;
                }
                if (status == 429) {
                    wait = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
                    if (wait >= 0 && ++throttled <= 10) {
                        attempt--; // Slack said when: waiting that long is not a failed attempt
                    } else if (wait < 0) {
                        wait = backoff(attempt);
                    }
                } else if (status >= 500) {
                    wait = backoff(attempt);
                } else {
                    count("failed");
                    LOG.warn("Slack refused a notification with {}: {}", status, response.body());
                    return;
                }
            } catch (IOException e) {
                wait = backoff(attempt);
            }
            Thread.sleep(wait);
        }
        count("failed");
        LOG.warn("a Slack notification failed after {} attempts", ATTEMPTS);
    }

    /** Milliseconds a {@code Retry-After} of seconds asks for, at most two minutes; -1 if unreadable. */
    static long retryAfter(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Math.min(120_000, Math.max(0, Long.parseLong(header.strip()) * 1_000));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long backoff(int attempt) {
        return ThreadLocalRandom.current().nextLong((250L << Math.min(attempt, 6)) + 1);
    }

    private void count(String outcome) {
        Counter.builder("cuedeck.capacity.notifications").description("Slack notifications, by outcome")
                .tag("outcome", outcome).register(meters).increment();
    }

    @Override
    public void close() {
        closed = true;
        sender.interrupt();
    }
}
