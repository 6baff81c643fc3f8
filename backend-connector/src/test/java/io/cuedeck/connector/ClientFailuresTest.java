package io.cuedeck.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.protocol.NewShow;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What the client does when the other side is not a healthy Cuedeck server. These use a tiny
 * loopback HTTP server because a real backend cannot be made to answer HTML or hang on demand;
 * the error mapping of real server answers is covered by {@code ClientAgainstServerTest}.
 */
class ClientFailuresTest {

    private static CuedeckClient client(LoopbackHttpServer server, Duration timeout) {
        return CuedeckClient.create(ClientConfig.of(server.baseUrl(), "t0ken")
                .withRetry(RetryPolicy.NO_WAIT).withRequestTimeout(timeout));
    }

    @Test
    void anHtmlPageWhereJsonWasExpectedIsAProtocolError() throws Exception {
        try (LoopbackHttpServer html = LoopbackHttpServer.answering(200, "text/html", "<html>Welcome to nginx</html>");
             CuedeckClient client = client(html, Duration.ofSeconds(5))) {
            assertThatThrownBy(client::shows)
                    .isInstanceOf(ProtocolException.class)
                    .hasMessageContaining(html.baseUrl())
                    .satisfies(e -> assertThat(((ProtocolException) e).status()).isEqualTo(200));
            assertThat(html.requests()).as("a protocol error is not retried").isEqualTo(1);
        }
    }

    @Test
    void aNotFoundPageThatIsNotACuedeckErrorIsAProtocolErrorNotAMissingShow() throws Exception {
        try (LoopbackHttpServer other = LoopbackHttpServer.answering(404, "text/plain", "Not Found");
             CuedeckClient client = client(other, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> client.show("s1"))
                    .isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("Is the address right?");
        }
    }

    @Test
    void aProxysBadGatewayIsAServerErrorAndAReadIsTriedAgainUpToTheLimit() throws Exception {
        try (LoopbackHttpServer proxy = LoopbackHttpServer.answering(502, "text/html", "<h1>502 Bad Gateway</h1>");
             CuedeckClient client = client(proxy, Duration.ofSeconds(5))) {
            assertThatThrownBy(client::shows)
                    .isInstanceOf(ServerErrorException.class)
                    .satisfies(e -> assertThat(((ServerErrorException) e).status()).isEqualTo(502));
            assertThat(proxy.requests()).isEqualTo(RetryPolicy.NO_WAIT.maxAttempts());
        }
    }

    @Test
    void anUnavailableEngineReadsAsAServerErrorWithTheServersMessage() throws Exception {
        String body = "{\"error\":\"unavailable\",\"message\":\"The cold store is unreachable; answers are kept in memory.\"}";
        try (LoopbackHttpServer down = LoopbackHttpServer.answering(503, "application/json", body);
             CuedeckClient client = client(down, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> client.live("s1"))
                    .isInstanceOf(ServerErrorException.class)
                    .hasMessage("The cold store is unreachable; answers are kept in memory.")
                    .satisfies(e -> assertThat(((CuedeckException) e).code()).isEqualTo("unavailable"));
        }
    }

    @Test
    void aReadThatTimesOutIsTriedAgainAndThenReportsTheServerUnreachable() throws Exception {
        try (LoopbackHttpServer hung = LoopbackHttpServer.answering(exchange -> Thread.sleep(10_000));
             CuedeckClient client = client(hung, Duration.ofMillis(300))) {
            assertThatThrownBy(client::shows)
                    .isInstanceOf(BackendUnreachableException.class)
                    .hasMessageContaining("did not answer within 300 ms");
            assertThat(hung.requests()).isEqualTo(RetryPolicy.NO_WAIT.maxAttempts());
        }
    }

    @Test
    void aCreateThatTimesOutIsSentOnlyOnce() throws Exception {
        try (LoopbackHttpServer hung = LoopbackHttpServer.answering(exchange -> Thread.sleep(10_000));
             CuedeckClient client = client(hung, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> client.createShow(NewShow.titled("Tonight")))
                    .isInstanceOf(BackendUnreachableException.class);
            // the client is synchronous: a retry of the create would have been sent before this probe
            assertThatThrownBy(client::health).isInstanceOf(BackendUnreachableException.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> hung.seen().stream().anyMatch(r -> r.startsWith("GET ")));
            assertThat(hung.seen()).filteredOn(r -> r.startsWith("POST ")).hasSize(1);
        }
    }

    @Test
    void aFireThatGetsNoAnswerSaysItMayHaveGoneOutAndThatFiringAgainIsSafe() throws Exception {
        try (LoopbackHttpServer hung = LoopbackHttpServer.answering(exchange -> Thread.sleep(10_000));
             CuedeckClient client = client(hung, Duration.ofMillis(200))) {
            assertThatThrownBy(() -> client.fire("s1", "c1", "key-1", false))
                    .isInstanceOf(BackendUnreachableException.class)
                    .hasMessageContaining("may or may not have gone out");
            assertThat(hung.requests()).as("a fire is retried with its key").isEqualTo(RetryPolicy.NO_WAIT.maxAttempts());
        }
    }

    @Test
    void aServerThatIsNotRunningIsUnreachable() throws Exception {
        String deadUrl;
        try (LoopbackHttpServer gone = LoopbackHttpServer.answering(200, "application/json", "{}")) {
            deadUrl = gone.baseUrl();
        }
        try (CuedeckClient client = CuedeckClient.create(ClientConfig.of(deadUrl, "t").withRetry(RetryPolicy.NO_WAIT))) {
            assertThatThrownBy(client::health)
                    .isInstanceOf(BackendUnreachableException.class)
                    .hasMessageContaining("Cannot reach the Cuedeck server at " + deadUrl);
        }
    }

    @Test
    void interruptingTheCallingThreadCancelsAHungRequestAtOnce() throws Exception {
        try (LoopbackHttpServer hung = LoopbackHttpServer.answering(exchange -> Thread.sleep(10_000));
             CuedeckClient client = client(hung, Duration.ofSeconds(30))) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            CompletableFuture<Boolean> stillInterrupted = new CompletableFuture<>();
            Thread caller = new Thread(() -> {
                try {
                    client.shows();
                } catch (Throwable t) {
                    thrown.set(t);
                }
                stillInterrupted.complete(Thread.currentThread().isInterrupted());
            });
            caller.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> hung.requests() == 1); // the call hangs now
            long before = System.nanoTime();
            caller.interrupt();

            assertThat(stillInterrupted.get(2, TimeUnit.SECONDS)).as("interrupt flag kept").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(1));
            assertThat(thrown.get()).isInstanceOf(CancelledException.class);
            assertThat(hung.requests()).as("a cancelled read is not retried").isEqualTo(1);
        }
    }
}
