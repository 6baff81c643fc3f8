package io.cuedeck.server.capacity;

import static io.cuedeck.server.capacity.CalendarImportTest.NOW;
import static io.cuedeck.server.capacity.CalendarImportTest.fixture;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cuedeck.protocol.capacity.CalendarSubscription;
import io.cuedeck.protocol.capacity.ImportResult;
import io.cuedeck.server.capacity.calendar.CalendarFetcher;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.ManualClock;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A calendar URL (a loopback server of the test's) imported once becomes a subscription that is
 * read again every poll interval: changes there reach the boosts, a failing read is kept as the
 * subscription's last error, a dry run subscribes to nothing.
 */
class CalendarSubscriptionTest {

    private final AtomicReference<String> served = new AtomicReference<>(fixture("google-evening-shows.ics"));
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger reads = new AtomicInteger();
    private final HttpServer http = serve();
    private final ManualClock clock = new ManualClock(NOW);
    private final Path dir = TestServer.tempDir();
    private final ColdStore cold = SqliteColdStore.open(dir);
    private final CapacityConfig config = CapacityConfig.from(ConfigSource.of(
            SchedulerRig.withUnitOf5000(Map.of("CUEDECK_CALENDAR_POLL_MINUTES", "15"))));
    private final BoostService boosts = new BoostService(cold.boosts(), new BoostRules(config, id -> false),
            new Transitions(new SimpleMeterRegistry(), Notifier.NONE), clock, () -> { });
    private final CalendarService calendars = new CalendarService(cold.boosts(),
            new CalendarBoosts(cold.boosts(), boosts, config, clock), config, clock);
    private final URI url = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/shows.ics");

    private HttpServer serve() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/shows.ics", exchange -> {
                reads.incrementAndGet();
                byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
                exchange.sendResponseHeaders(status.get(), body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        http.stop(0);
        cold.close();
        TempDirs.delete(dir);
    }

    @Test
    void anImportedUrlIsPolledEveryIntervalAndItsChangesReachTheBoosts() {
        ImportResult first = calendars.importUrl(url, false);
        assertThat(first.added()).hasSize(6);
        CalendarSubscription sub = calendars.subscriptions().get(0);
        assertThat(sub.url()).isEqualTo(url.toString());
        assertThat(sub.boosts()).isEqualTo(6);

        served.set(served.get().replace("viewers: 50\\,000", "viewers: 90000"));
        clock.advance(Duration.ofMinutes(14));
        calendars.pollDue();
        assertThat(reads.get()).as("not due yet").isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        calendars.pollDue();

        assertThat(reads.get()).isEqualTo(2);
        assertThat(cold.boosts().unfinished()).filteredOn(b -> b.title().equals("Evening news"))
                .hasSize(4).allMatch(b -> b.units() == 18);
        assertThat(calendars.subscriptions().get(0).lastPolledAt()).isEqualTo(clock.instant());
    }

    @Test
    void aPollThatFailsKeepsTheBoostsAndSaysWhyOnTheSubscription() {
        calendars.importUrl(url, false);
        status.set(503);
        clock.advance(Duration.ofMinutes(15));

        calendars.pollDue();

        CalendarSubscription sub = calendars.subscriptions().get(0);
        assertThat(sub.lastError()).contains("503");
        assertThat(cold.boosts().unfinished()).hasSize(6);
    }

    @Test
    void aDryRunOfAUrlSubscribesToNothingAndAWebcalAddressIsReadOverHttps() {
        assertThat(calendars.importUrl(url, true).added()).hasSize(6);

        assertThat(calendars.subscriptions()).isEmpty();
        assertThat(cold.boosts().unfinished()).isEmpty();
        assertThat(CalendarFetcher.normalise("webcal://calendar.example.com/a.ics").toString())
                .isEqualTo("https://calendar.example.com/a.ics");
    }

    @Test
    void theImportRouteTakesAUrlAndTheSubscriptionCanBeRemoved() {
        try (CapacityServer server = CapacityServer.start(Map.of())) {
            Api api = server.api();
            String future = fixture("google-evening-shows.ics");
            served.set(future);
            var r = api.post("/api/v1/boosts/import?dryRun=true", PRODUCER, Map.of("url", url.toString()));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("dryRun").asBoolean()).isTrue();
            var real = api.post("/api/v1/boosts/import", PRODUCER, Map.of("url", url.toString()));
            assertThat(real.status()).isEqualTo(200);
            var subs = api.get("/api/v1/capacity/subscriptions", PRODUCER).json();
            assertThat(subs).hasSize(1);
            String id = subs.get(0).get("id").asText();
            assertThat(api.get("/api/v1/capacity", PRODUCER).json().get("subscriptions")).hasSize(1);

            assertThat(api.delete("/api/v1/capacity/subscriptions/" + id, PRODUCER).status()).isEqualTo(204);
            assertThat(api.delete("/api/v1/capacity/subscriptions/" + id, PRODUCER).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/capacity/subscriptions", PRODUCER).json()).isEmpty();
            status.set(404);
            assertThat(api.post("/api/v1/boosts/import", PRODUCER, Map.of("url", url.toString())).field()).isEqualTo("url");
        }
    }
}
