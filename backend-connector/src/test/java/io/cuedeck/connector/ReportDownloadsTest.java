package io.cuedeck.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report exports streamed into files: from the real server, refused by role, and cancelled mid-stream. */
class ReportDownloadsTest {

    @Test
    void aShowsPdfArrivesWholeUnderTheNameAskedForWithProgressAndNoPartFileLeft(@TempDir Path dir) {
        try (TestBackend backend = TestBackend.start(); CuedeckClient producer = backend.client(TestBackend.PRODUCER);
                CuedeckClient manager = backend.client(TestBackend.MANAGER)) {
            TestBackend.ShowAndCue show = TestBackend.livePoll(producer, 30);
            producer.fire(show.showId(), show.cueId(), false);
            List<Long> progress = new CopyOnWriteArrayList<>();
            Path target = dir.resolve("show.pdf");
            long bytes = manager.reportDownloads().show(show.showId(), ReportDownloads.Format.PDF, target,
                    (written, total) -> progress.add(written), new ReportDownloads.Handle());
            assertThat(target).exists();
            assertThat(Files.size(target)).isEqualTo(bytes);
            assertThat(new String(Files.readAllBytes(target), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
            assertThat(progress).isNotEmpty().isSorted().last().isEqualTo(bytes);
            assertThat(dir.resolve("show.pdf.part")).doesNotExist();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anUnknownShowIsANotFoundInWordsAndLeavesNoFile(@TempDir Path dir) {
        try (TestBackend backend = TestBackend.start(); CuedeckClient manager = backend.client(TestBackend.MANAGER)) {
            Path target = dir.resolve("nothing.csv.zip");
            assertThatThrownBy(() -> manager.reportDownloads().show("no-such-show", ReportDownloads.Format.CSV_ZIP,
                    target, (w, t) -> { }, new ReportDownloads.Handle())).isInstanceOf(NotFoundException.class);
            assertThat(dir.toFile().list()).isEmpty();
        }
    }

    @Test
    void cancellingFromAnotherThreadClosesTheStreamAndDeletesTheHalfFile(@TempDir Path dir) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (LoopbackHttpServer server = LoopbackHttpServer.answering(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(new byte[100_000]);
            exchange.getResponseBody().flush();
            release.await(30, TimeUnit.SECONDS);
        }); CuedeckClient client = CuedeckClient.create(ClientConfig.of(server.baseUrl(), "manager-token"))) {
            ReportDownloads.Handle handle = new ReportDownloads.Handle();
            Path target = dir.resolve("slow.pdf");
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Long> download = CompletableFuture.supplyAsync(() -> client.reportDownloads().show("s1",
                    ReportDownloads.Format.PDF, target, (w, t) -> started.countDown(), handle));
            assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(dir.resolve("slow.pdf.part")).exists();
            handle.cancel();
            await().atMost(Duration.ofSeconds(20)).until(download::isDone);
            assertThatThrownBy(download::join).hasCauseInstanceOf(CancelledException.class);
            assertThat(dir.toFile().list()).isEmpty();
        } finally {
            release.countDown();
        }
    }
}
