package io.cuedeck.server.capacity.calendar;

import io.cuedeck.server.http.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reads a calendar from a URL: {@code http}, {@code https}, or {@code webcal} (read as https), at
 * most {@link #MAX_BYTES}, within 15 seconds, following redirects. Failures are 400 naming
 * {@code url}, in words.
 */
public final class CalendarFetcher {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** The URL as it will be read ({@code webcal://} becomes {@code https://}); 400 if it is no such URL. */
    public static URI normalise(String url) {
        if (url == null || url.isBlank()) {
            throw ApiException.validation("url", "url is required: the address of an .ics calendar.");
        }
        String text = url.strip();
        if (text.regionMatches(true, 0, "webcal://", 0, 9)) {
            text = "https://" + text.substring(9);
        }
        try {
            URI uri = URI.create(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new IllegalArgumentException("scheme");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("url", "url must be an http://, https:// or webcal:// address.");
        }
    }

    public byte[] fetch(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(15))
                .header("Accept", "text/calendar, */*;q=0.5").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw ApiException.validation("url", "The calendar address answered " + response.statusCode()
                            + ": check the URL (and that the calendar is shared).");
                }
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw ApiException.validation("url", "The calendar is larger than 5 MB.");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw ApiException.validation("url", "The calendar could not be read from " + url.getHost() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("The server is stopping; the calendar was not read.");
        }
    }
}
