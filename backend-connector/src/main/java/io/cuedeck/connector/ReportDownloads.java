package io.cuedeck.connector;

import io.cuedeck.connector.internal.ErrorMapper;
import io.cuedeck.connector.internal.HttpTransport;
import io.cuedeck.connector.internal.RawResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The report exports of a show or a fire ({@code GET .../report.csv.zip}, {@code .../report.pdf})
 * streamed into a file: written to {@code <target>.part} beside it and moved into place only when
 * the whole answer arrived, so a cancelled or broken download never leaves a half file under the
 * name the user chose. Sent once, never retried (a retry is the user's Export button again).
 * Cancelling: interrupt the downloading thread, or call {@link Handle#cancel()} from any thread;
 * either closes the socket and throws {@link CancelledException}. A file that cannot be written
 * throws {@link java.io.UncheckedIOException} naming the folder. Thread-safe.
 */
public final class ReportDownloads {

    /** The two export formats: the file name's end on the server. */
    public enum Format {
        CSV_ZIP("report.csv.zip"), PDF("report.pdf");

        private final String segment;

        Format(String segment) {
            this.segment = segment;
        }

        public String segment() {
            return segment;
        }
    }

    /** Lets another thread stop a download under way. */
    public static final class Handle {
        private final AtomicReference<Call> call = new AtomicReference<>();
        private volatile boolean cancelled;

        public void cancel() {
            cancelled = true;
            Call c = call.get();
            if (c != null) {
                c.cancel();
            }
        }

        public boolean cancelled() {
            return cancelled;
        }
    }

    private static final int CHUNK = 64 * 1024;
    /**
     * The longest wait for the next bytes: a PDF's first bytes come only after the server has laid
     * out its first page (its CJK font loaded), which can take longer than an API answer.
     */
    static final java.time.Duration READ_TIMEOUT = java.time.Duration.ofSeconds(60);
    private final ClientConfig config;
    private final HttpTransport transport;
    private final ErrorMapper errors;

    ReportDownloads(ClientConfig config, HttpTransport transport) {
        this.config = config;
        this.transport = transport;
        this.errors = new ErrorMapper(config.baseUrl().toString(), config.requestTimeout());
    }

    /** The whole show's export into {@code target}; answers the bytes written. */
    public long show(String showId, Format format, Path target, DownloadListener listener, Handle handle) {
        return download(url(showId).addPathSegment(format.segment()).build(), target, listener, handle);
    }

    /** One fire's export into {@code target}; answers the bytes written. */
    public long fire(String showId, String fireId, Format format, Path target, DownloadListener listener, Handle handle) {
        return download(url(showId).addPathSegment("fires").addPathSegment(fireId).addPathSegment(format.segment())
                .build(), target, listener, handle);
    }

    private HttpUrl.Builder url(String showId) {
        return HttpUrl.get(config.baseUrl().toString()).newBuilder().encodedPath("/api/v1/shows")
                .addPathSegment(showId);
    }

    private long download(HttpUrl url, Path target, DownloadListener listener, Handle handle) {
        Request.Builder request = new Request.Builder().url(url).header("Authorization", "Bearer " + config.token());
        if (config.consoleId() != null) {
            request.header("Cuedeck-Console", config.consoleId());
        }
        Call call = transport.streamingCall(request.build(), READ_TIMEOUT.compareTo(config.requestTimeout()) > 0
                ? READ_TIMEOUT : config.requestTimeout());
        handle.call.set(call);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            if (handle.cancelled()) {
                throw new IOException("cancelled before it started");
            }
            try (Response response = call.execute()) {
                if (!response.isSuccessful()) {
                    throw errors.fromResponse(new RawResponse(response.code(), response.body().bytes(),
                            response.header("Content-Type")));
                }
                long total = response.body().contentLength();
                long written = copy(response.body().byteStream(), part, total, listener, handle);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                return written;
            }
        } catch (IOException e) {
            deleteQuietly(part);
            if (handle.cancelled() || Thread.currentThread().isInterrupted() || call.isCanceled()) {
                throw new CancelledException("The export of " + url.encodedPath() + " was cancelled.", e);
            }
            if (e.getMessage() != null && e.getMessage().startsWith("file:")) {
                throw new java.io.UncheckedIOException(e.getMessage().substring(5), e);
            }
            throw errors.fromIo(e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    private static long copy(InputStream in, Path part, long total, DownloadListener listener, Handle handle)
            throws IOException {
        OutputStream out;
        try {
            out = Files.newOutputStream(part);
        } catch (IOException e) {
            throw new IOException("file:Cannot write " + part.getParent() + " (" + e.getMessage() + ").", e);
        }
        long written = 0;
        try (out) {
            byte[] buffer = new byte[CHUNK];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (handle.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new IOException("cancelled");
                }
                out.write(buffer, 0, n);
                written += n;
                listener.progress(written, total);
            }
        }
        return written;
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // A leftover .part file is harmless: the next export of the same name replaces it.
        }
    }
}
