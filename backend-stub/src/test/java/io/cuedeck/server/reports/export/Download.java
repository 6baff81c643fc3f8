package io.cuedeck.server.reports.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A file downloaded from the server as a browser or the console would: status, headers, bytes. */
record Download(int status, String contentType, String disposition, byte[] body) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static Download get(String base, String path, String token) {
        return send(base, path, token, HttpResponse.BodyHandlers.ofByteArray(), (r, b) -> new Download(r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(""), r.headers().firstValue("Content-Disposition")
                        .orElse(null), b));
    }

    /** The response as a stream, for files too large to hold. */
    static HttpResponse<InputStream> stream(String base, String path, String token) {
        return send(base, path, token, HttpResponse.BodyHandlers.ofInputStream(), (r, b) -> r);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The zip's files by name. */
    Map<String, byte[]> unzip() throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static <B, T> T send(String base, String path, String token, HttpResponse.BodyHandler<B> handler,
            java.util.function.BiFunction<HttpResponse<B>, B, T> result) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<B> r = HTTP.send(request.build(), handler);
            return result.apply(r, r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
