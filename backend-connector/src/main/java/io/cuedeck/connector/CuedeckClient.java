package io.cuedeck.connector;

import io.cuedeck.connector.internal.ApiCaller;
import io.cuedeck.connector.internal.ApiRequest;
import io.cuedeck.connector.internal.ConsoleConnection;
import io.cuedeck.connector.internal.HttpTransport;
import io.cuedeck.connector.internal.Json;
import io.cuedeck.connector.internal.Routes;
import io.cuedeck.connector.internal.TrustedAuthorities;
import io.cuedeck.protocol.AuditPage;
import io.cuedeck.protocol.Control;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.Fire;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.FireRequest;
import io.cuedeck.protocol.Health;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.Me;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.RundownOrder;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostDraft;
import io.cuedeck.protocol.capacity.BoostNow;
import io.cuedeck.protocol.capacity.CalendarImport;
import io.cuedeck.protocol.capacity.CalendarSubscription;
import io.cuedeck.protocol.capacity.CapacityPlan;
import io.cuedeck.protocol.capacity.CapacityState;
import io.cuedeck.protocol.capacity.ImportResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/**
 * The typed client of the Cuedeck backend: one method per producer endpoint. Methods block the
 * calling thread (never call them on a UI thread) and throw a {@link CuedeckException} subclass.
 * A blocked call is cancelled by interrupting its thread ({@link CancelledException}).
 * Thread-safe; one instance per backend. Reads, fires, close and reveal are retried after failures
 * a repeat can cure (see {@link RetryPolicy}); creates, updates and deletes are sent once.
 */
public final class CuedeckClient implements AutoCloseable {

    private final ClientConfig config;
    private final TrustedAuthorities trust;
    private final HttpTransport transport;
    private final ApiCaller api;
    private final Routes routes;
    private final Set<ConsoleStream> streams = ConcurrentHashMap.newKeySet();

    private CuedeckClient(ClientConfig config, UnaryOperator<OkHttpClient.Builder> http) {
        this.config = config;
        this.trust = TrustedAuthorities.of(config.trustedCa());
        this.transport = new HttpTransport(config, trust, http);
        this.api = new ApiCaller(config, transport);
        this.routes = new Routes(config.baseUrl());
    }

    public static CuedeckClient create(ClientConfig config) {
        return new CuedeckClient(config, UnaryOperator.identity());
    }

    /** For tests that put an interceptor between the client and a real server. */
    static CuedeckClient create(ClientConfig config, UnaryOperator<OkHttpClient.Builder> http) {
        return new CuedeckClient(config, http);
    }

    public ClientConfig config() {
        return config;
    }

    /** {@code GET /health}; needs no token. */
    public Health health() {
        return api.call(ApiRequest.get(routes.health()).withoutToken(), Health.class);
    }

    /**
     * {@code GET /api/v1/me}: the configured token's name, role and, for a host token tied to one
     * show, that show (null: every show). A token the server does not know is an
     * {@link UnauthorizedException}; a console asks this first to know what it may offer.
     */
    public Me me() {
        return api.call(ApiRequest.get(routes.me()), Me.class);
    }

    public List<Show> shows() {
        return api.callForList(ApiRequest.get(routes.shows()), Show.class);
    }

    /**
     * {@code GET /api/v1/shows} with filters (title search, date range, status) for the Reports
     * workspace; {@link io.cuedeck.protocol.reports.ShowQuery#ALL} lists every show.
     */
    public List<Show> shows(io.cuedeck.protocol.reports.ShowQuery query) {
        return api.callForList(ApiRequest.get(routes.shows(query)), Show.class);
    }

    /**
     * {@code GET /api/v1/reports/compare}: two to five shows side by side, in the order given. A
     * wrong number of shows, a repeated or an unknown id is a {@link ValidationException}.
     */
    public io.cuedeck.protocol.reports.ShowComparison compareShows(List<String> showIds) {
        return api.call(ApiRequest.get(routes.compare(showIds)), io.cuedeck.protocol.reports.ShowComparison.class);
    }

    public Show show(String showId) {
        return api.call(ApiRequest.get(routes.show(showId)), Show.class);
    }

    public Show createShow(NewShow show) {
        return api.call(ApiRequest.send("POST", routes.shows(), show), Show.class);
    }

    public Show updateShow(String showId, ShowPatch patch) {
        return api.call(ApiRequest.send("PATCH", routes.show(showId), patch), Show.class);
    }

    /** The show's cues in rundown order. */
    public List<Cue> rundown(String showId) {
        return api.callForList(ApiRequest.get(routes.cues(showId)), Cue.class);
    }

    public Cue cue(String showId, String cueId) {
        return api.call(ApiRequest.get(routes.cue(showId, cueId)), Cue.class);
    }

    public Cue addCue(String showId, CueDraft draft) {
        return api.call(ApiRequest.send("POST", routes.cues(showId), draft), Cue.class);
    }

    public Cue updateCue(String showId, String cueId, CueDraft draft) {
        return api.call(ApiRequest.send("PUT", routes.cue(showId, cueId), draft), Cue.class);
    }

    public void deleteCue(String showId, String cueId) {
        api.call(ApiRequest.send("DELETE", routes.cue(showId, cueId), null), Void.class);
    }

    /** Sets the rundown order; answers the cues in their new order. */
    public List<Cue> reorder(String showId, List<String> cueIds) {
        return api.callForList(ApiRequest.send("PUT", routes.rundown(showId), new RundownOrder(cueIds)), Cue.class);
    }

    /** Fires with a fresh idempotency key; the same key is reused on every retry of this call. */
    public FireReceipt fire(String showId, String cueId, boolean refire) {
        return fire(showId, cueId, newIdempotencyKey(), refire);
    }

    /**
     * Fires with the caller's idempotency key (e.g. one key per TAKE press): however often this key
     * reaches the server, the cue goes out once and every answer is the same receipt. When the
     * answer is lost ({@link BackendUnreachableException}, {@link CancelledException}) calling again
     * with the same key is the safe way to learn whether it fired.
     */
    public FireReceipt fire(String showId, String cueId, String idempotencyKey, boolean refire) {
        ApiRequest request = ApiRequest.send("POST", routes.fire(showId, cueId), new FireRequest(refire))
                .withHeader("Idempotency-Key", idempotencyKey).idempotent();
        try {
            return api.call(request, FireReceipt.class);
        } catch (BackendUnreachableException e) {
            throw new BackendUnreachableException(e.status(), e.code(), e.getMessage()
                    + " The cue may or may not have gone out; firing again with the same key is safe (it cannot fire twice).", e);
        }
    }

    /** A key for {@link #fire(String, String, String, boolean)}: one per intention to fire. */
    public static String newIdempotencyKey() {
        return UUID.randomUUID().toString();
    }

    /** Ends a fire's answer window now; closing a closed fire answers its current state. */
    public Fire close(String showId, String fireId) {
        return api.call(ApiRequest.send("POST", routes.fireAction(showId, fireId, "close"), null).idempotent(), Fire.class);
    }

    /** Sends the results of a poll or quiz to viewers (closing it first); repeating it sends nothing more. */
    public Fire reveal(String showId, String fireId) {
        return api.call(ApiRequest.send("POST", routes.fireAction(showId, fireId, "reveal"), null).idempotent(), Fire.class);
    }

    /** Every fire of the show so far, open or closed. */
    public List<Fire> fires(String showId) {
        return api.callForList(ApiRequest.get(routes.fires(showId)), Fire.class);
    }

    public LiveStatus live(String showId) {
        return api.call(ApiRequest.get(routes.live(showId)), LiveStatus.class);
    }

    public FireReport fireReport(String showId, String fireId) {
        return api.call(ApiRequest.get(routes.fireAction(showId, fireId, "report")), FireReport.class);
    }

    public ShowReport showReport(String showId) {
        return api.call(ApiRequest.get(routes.showReport(showId)), ShowReport.class);
    }

    /** The report exports (CSV zip, PDF) of a show or a fire, streamed into files. */
    public ReportDownloads reportDownloads() {
        return new ReportDownloads(config, transport);
    }

    /** A page of the show's audit trail, newest first; {@code before} is the previous page's {@code next} (null: the newest). */
    public AuditPage audit(String showId, String before, int limit) {
        return api.call(ApiRequest.get(routes.audit(showId, before, limit)), AuditPage.class);
    }

    /** Who holds TAKE for the show, as this console sees it. */
    public Control control(String showId) {
        return api.call(ApiRequest.get(routes.control(showId, null)), Control.class);
    }

    /**
     * A take-control step for this console ({@link ClientConfig#consoleId()} must be set): {@code take},
     * {@code request}, {@code accept}, {@code decline}, {@code release} or {@code force}. Sent once: a step
     * is not repeated on its own (the answer, or the next {@code control} event, says where things stand).
     */
    public Control controlStep(String showId, String step) {
        if (!java.util.Set.of("take", "request", "accept", "decline", "release", "force").contains(step)) {
            throw new IllegalArgumentException("no take-control step " + step);
        }
        return api.call(ApiRequest.send("POST", routes.control(showId, step), null), Control.class);
    }

    // --- capacity boosts ---

    /** Boosts whose window overlaps {@code [from, to)} (null: the server's default, the past day and the next two). */
    public List<Boost> boosts(Instant from, Instant to) {
        return api.callForList(ApiRequest.get(routes.boosts(from, to)), Boost.class);
    }

    public Boost boost(String boostId) {
        return api.call(ApiRequest.get(routes.boost(boostId)), Boost.class);
    }

    public Boost addBoost(BoostDraft draft) {
        return api.call(ApiRequest.send("POST", routes.boosts(null, null), draft), Boost.class);
    }

    /** Replaces a boost's content; a cancelled boost put back is planned again (undo of a delete). */
    public Boost updateBoost(String boostId, BoostDraft draft) {
        return api.call(ApiRequest.send("PUT", routes.boost(boostId), draft), Boost.class);
    }

    /** Cancels a boost (the server keeps it, cancelled, with its history). */
    public void cancelBoost(String boostId) {
        api.call(ApiRequest.send("DELETE", routes.boost(boostId), null), Void.class);
    }

    /** Capacity at once for an unplanned moment; sent once (a repeat would ask again). */
    public Boost boostNow(BoostNow request) {
        return api.call(ApiRequest.send("POST", routes.boostsAction("now", Map.of()), request), Boost.class);
    }

    /**
     * Imports a calendar file (RFC 5545 text); {@code calendarName} (may be null) names it so a later
     * import of the same calendar updates it; with {@code dryRun} nothing is stored.
     */
    public ImportResult importCalendar(byte[] icsFile, String calendarName, boolean dryRun) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dryRun", Boolean.toString(dryRun));
        if (calendarName != null) {
            query.put("calendar", calendarName);
        }
        return api.call(ApiRequest.send("POST", routes.boostsAction("import", query),
                new ApiRequest.Raw(icsFile, "text/calendar; charset=utf-8")), ImportResult.class);
    }

    /** Imports a calendar from a URL; unless {@code dryRun}, the server subscribes to it. */
    public ImportResult importCalendarUrl(String url, boolean dryRun) {
        return api.call(ApiRequest.send("POST", routes.boostsAction("import", Map.of("dryRun", Boolean.toString(dryRun))),
                new CalendarImport(url)), ImportResult.class);
    }

    /** The provider's state: desired, ready and in-service units, ready-at, the last action and error. */
    public CapacityState capacity() {
        return capacity(null);
    }

    /** As {@link #capacity()}, with the end of the show's last stored viewer snapshot (the preflight's). */
    public CapacityState capacity(String showId) {
        return api.call(ApiRequest.get(routes.capacity(showId)), CapacityState.class);
    }

    /** Desired units per minute over {@code [from, to)} after merging every boost. */
    public CapacityPlan capacityPlan(Instant from, Instant to) {
        return api.call(ApiRequest.get(routes.capacityPlan(from, to)), CapacityPlan.class);
    }

    public List<CalendarSubscription> calendarSubscriptions() {
        return api.callForList(ApiRequest.get(routes.subscriptions()), CalendarSubscription.class);
    }

    public void deleteCalendarSubscription(String subscriptionId) {
        api.call(ApiRequest.send("DELETE", routes.subscription(subscriptionId), null), Void.class);
    }

    /**
     * Opens the console stream of a show and returns at once; the stream connects, reconnects and
     * fetches a fresh {@link #live} after every (re)connect by itself. See {@link ConsoleListener}
     * for the calling thread and {@link ConnectionState} for the phases.
     */
    public ConsoleStream openConsoleStream(String showId, ConsoleListener listener) {
        ConsoleConnection stream = new ConsoleConnection(showId, routes.consoleSocket(showId),
                socketHeaders(), listener,
                config.streamReconnect(), config.connectTimeout(), config.requestTimeout(),
                withRetries -> withRetries ? live(showId)
                        : api.once(ApiRequest.get(routes.live(showId)), Json.mapper().constructType(LiveStatus.class)),
                trust.socketFactory());
        streams.removeIf(old -> old.state().phase() == ConnectionState.Phase.CLOSED);
        streams.add(stream);
        return stream.start();
    }

    private java.util.Map<String, String> socketHeaders() {
        return config.consoleId() == null ? java.util.Map.of("Authorization", "Bearer " + config.token())
                : java.util.Map.of("Authorization", "Bearer " + config.token(), "Cuedeck-Console", config.consoleId());
    }

    /** Closes every console stream this client opened and releases its threads and connections. */
    @Override
    public void close() {
        streams.forEach(ConsoleStream::close);
        streams.clear();
        transport.close();
    }
}
