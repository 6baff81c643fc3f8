package io.cuedeck.connector.internal;

import java.net.URI;
import okhttp3.HttpUrl;

/**
 * The API's addresses under one base URL (which may carry a path prefix, e.g. behind a proxy).
 * Ids are added as encoded path segments, so an id can never change the route.
 */
public final class Routes {

    private final HttpUrl base;

    public Routes(URI baseUrl) {
        HttpUrl parsed = HttpUrl.parse(baseUrl.toString());
        if (parsed == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + baseUrl);
        }
        this.base = parsed;
    }

    public HttpUrl health() {
        return root().addPathSegment("health").build();
    }

    /** {@code /api/v1/me}: who the token is. */
    public HttpUrl me() {
        return api().addPathSegment("me").build();
    }

    public HttpUrl shows() {
        return api().addPathSegment("shows").build();
    }

    /** {@code /api/v1/shows} with the filters that are set. */
    public HttpUrl shows(io.cuedeck.protocol.reports.ShowQuery query) {
        HttpUrl.Builder b = api().addPathSegment("shows");
        if (query.q() != null && !query.q().isBlank()) {
            b.addQueryParameter("q", query.q());
        }
        if (query.from() != null) {
            b.addQueryParameter("from", query.from().toString());
        }
        if (query.to() != null) {
            b.addQueryParameter("to", query.to().toString());
        }
        if (query.status() != null) {
            b.addQueryParameter("status", query.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        return b.build();
    }

    /** {@code /api/v1/reports/compare?shows=a,b,c}. */
    public HttpUrl compare(java.util.List<String> showIds) {
        return api().addPathSegment("reports").addPathSegment("compare")
                .addQueryParameter("shows", String.join(",", showIds)).build();
    }

    public HttpUrl show(String showId) {
        return showBuilder(showId).build();
    }

    public HttpUrl cues(String showId) {
        return showBuilder(showId).addPathSegment("cues").build();
    }

    public HttpUrl cue(String showId, String cueId) {
        return showBuilder(showId).addPathSegment("cues").addPathSegment(cueId).build();
    }

    public HttpUrl fire(String showId, String cueId) {
        return showBuilder(showId).addPathSegment("cues").addPathSegment(cueId).addPathSegment("fire").build();
    }

    public HttpUrl rundown(String showId) {
        return showBuilder(showId).addPathSegment("rundown").build();
    }

    public HttpUrl fires(String showId) {
        return showBuilder(showId).addPathSegment("fires").build();
    }

    public HttpUrl fireAction(String showId, String fireId, String action) {
        return showBuilder(showId).addPathSegment("fires").addPathSegment(fireId).addPathSegment(action).build();
    }

    public HttpUrl live(String showId) {
        return showBuilder(showId).addPathSegment("live").build();
    }

    public HttpUrl showReport(String showId) {
        return showBuilder(showId).addPathSegment("report").build();
    }

    /** {@code .../audit}, with the page's cursor and size when given. */
    public HttpUrl audit(String showId, String before, int limit) {
        HttpUrl.Builder b = showBuilder(showId).addPathSegment("audit").addQueryParameter("limit", Integer.toString(limit));
        if (before != null) {
            b.addQueryParameter("before", before);
        }
        return b.build();
    }

    // --- capacity ---

    /** {@code /api/v1/boosts}, with {@code from} and {@code to} when given. */
    public HttpUrl boosts(java.time.Instant from, java.time.Instant to) {
        return range(api().addPathSegment("boosts"), from, to).build();
    }

    public HttpUrl boost(String boostId) {
        return api().addPathSegment("boosts").addPathSegment(boostId).build();
    }

    /** {@code /api/v1/boosts/now} and {@code /api/v1/boosts/import?...}. */
    public HttpUrl boostsAction(String action, java.util.Map<String, String> query) {
        HttpUrl.Builder b = api().addPathSegment("boosts").addPathSegment(action);
        query.forEach(b::addQueryParameter);
        return b.build();
    }

    public HttpUrl capacity(String showId) {
        HttpUrl.Builder b = api().addPathSegment("capacity");
        if (showId != null) {
            b.addQueryParameter("showId", showId);
        }
        return b.build();
    }

    /** {@code .../control}, or one of its steps ({@code take}, {@code request}, ...) when {@code step} is given. */
    public HttpUrl control(String showId, String step) {
        HttpUrl.Builder b = showBuilder(showId).addPathSegment("control");
        if (step != null) {
            b.addPathSegment(step);
        }
        return b.build();
    }

    public HttpUrl capacityPlan(java.time.Instant from, java.time.Instant to) {
        return range(api().addPathSegment("capacity").addPathSegment("plan"), from, to).build();
    }

    public HttpUrl subscriptions() {
        return api().addPathSegment("capacity").addPathSegment("subscriptions").build();
    }

    public HttpUrl subscription(String id) {
        return api().addPathSegment("capacity").addPathSegment("subscriptions").addPathSegment(id).build();
    }

    private static HttpUrl.Builder range(HttpUrl.Builder b, java.time.Instant from, java.time.Instant to) {
        if (from != null) {
            b.addQueryParameter("from", from.toString());
        }
        if (to != null) {
            b.addQueryParameter("to", to.toString());
        }
        return b;
    }

    /** The console stream's socket address: the same host with {@code ws} or {@code wss}. */
    public URI consoleSocket(String showId) {
        HttpUrl http = showBuilder(showId).addPathSegment("console").build();
        return URI.create((http.isHttps() ? "wss" : "ws") + http.toString().substring(http.scheme().length()));
    }

    private HttpUrl.Builder showBuilder(String showId) {
        return api().addPathSegment("shows").addPathSegment(showId);
    }

    private HttpUrl.Builder api() {
        return root().addPathSegments("api/v1");
    }

    private HttpUrl.Builder root() {
        HttpUrl.Builder builder = base.newBuilder();
        // A base URL ending in '/' has an empty last segment: drop it so paths do not get '//'.
        int last = base.pathSegments().size() - 1;
        if (base.pathSegments().get(last).isEmpty()) {
            builder.removePathSegment(last);
        }
        return builder;
    }
}
