package io.cuedeck.console.session;

import io.cuedeck.connector.ConsoleListener;
import io.cuedeck.connector.ConsoleStream;
import io.cuedeck.connector.CuedeckClient;
import io.cuedeck.protocol.AuditPage;
import io.cuedeck.protocol.Control;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.Fire;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.Health;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowReport;
import java.util.List;

/** A {@link Backend} over the connector's typed client; {@code onClose} stops what the backend owns. */
public final class ClientBackend implements Backend {

    private final CuedeckClient client;
    private final boolean embedded;
    private final boolean openToNetwork;
    private final Runnable onClose;

    public ClientBackend(CuedeckClient client, boolean embedded, Runnable onClose) {
        this(client, embedded, false, onClose);
    }

    /** {@code openToNetwork}: an embedded backend that listens on every interface, not only on 127.0.0.1. */
    public ClientBackend(CuedeckClient client, boolean embedded, boolean openToNetwork, Runnable onClose) {
        this.client = client;
        this.embedded = embedded;
        this.openToNetwork = openToNetwork;
        this.onClose = onClose;
    }

    @Override
    public java.net.URI baseUrl() {
        return client.config().baseUrl();
    }

    @Override
    public boolean openToNetwork() {
        return openToNetwork;
    }

    @Override
    public String describe() {
        return client.config().baseUrl().toString();
    }

    @Override
    public boolean embedded() {
        return embedded;
    }

    @Override
    public Health health() {
        return client.health();
    }

    @Override
    public List<Show> shows() {
        return client.shows();
    }

    @Override
    public Show createShow(NewShow show) {
        return client.createShow(show);
    }

    @Override
    public Show updateShow(String showId, ShowPatch patch) {
        return client.updateShow(showId, patch);
    }

    @Override
    public List<Cue> rundown(String showId) {
        return client.rundown(showId);
    }

    @Override
    public Cue addCue(String showId, CueDraft draft) {
        return client.addCue(showId, draft);
    }

    @Override
    public Cue updateCue(String showId, String cueId, CueDraft draft) {
        return client.updateCue(showId, cueId, draft);
    }

    @Override
    public io.cuedeck.protocol.Me me() {
        return client.me();
    }

    @Override
    public void deleteCue(String showId, String cueId) {
        client.deleteCue(showId, cueId);
    }

    @Override
    public List<Cue> reorder(String showId, List<String> cueIds) {
        return client.reorder(showId, cueIds);
    }

    @Override
    public FireReceipt fire(String showId, String cueId, String idempotencyKey, boolean refire) {
        return client.fire(showId, cueId, idempotencyKey, refire);
    }

    @Override
    public Fire close(String showId, String fireId) {
        return client.close(showId, fireId);
    }

    @Override
    public Fire reveal(String showId, String fireId) {
        return client.reveal(showId, fireId);
    }

    @Override
    public LiveStatus live(String showId) {
        return client.live(showId);
    }

    @Override
    public FireReport fireReport(String showId, String fireId) {
        return client.fireReport(showId, fireId);
    }

    @Override
    public ShowReport showReport(String showId) {
        return client.showReport(showId);
    }

    @Override
    public io.cuedeck.protocol.reports.ShowComparison compare(List<String> showIds) {
        return client.compareShows(showIds);
    }

    @Override
    public long exportReport(String showId, String fireId, io.cuedeck.connector.ReportDownloads.Format format,
            java.nio.file.Path target, io.cuedeck.connector.DownloadListener progress,
            io.cuedeck.connector.ReportDownloads.Handle handle) {
        var downloads = client.reportDownloads();
        return fireId == null ? downloads.show(showId, format, target, progress, handle)
                : downloads.fire(showId, fireId, format, target, progress, handle);
    }

    // --- capacity (issue 8) ---

    @Override
    public List<io.cuedeck.protocol.capacity.Boost> boosts(java.time.Instant from, java.time.Instant to) {
        return client.boosts(from, to);
    }

    @Override
    public io.cuedeck.protocol.capacity.Boost addBoost(io.cuedeck.protocol.capacity.BoostDraft draft) {
        return client.addBoost(draft);
    }

    @Override
    public io.cuedeck.protocol.capacity.Boost updateBoost(String boostId, io.cuedeck.protocol.capacity.BoostDraft draft) {
        return client.updateBoost(boostId, draft);
    }

    @Override
    public void cancelBoost(String boostId) {
        client.cancelBoost(boostId);
    }

    @Override
    public io.cuedeck.protocol.capacity.Boost boostNow(io.cuedeck.protocol.capacity.BoostNow request) {
        return client.boostNow(request);
    }

    @Override
    public io.cuedeck.protocol.capacity.ImportResult importCalendar(byte[] ics, String name, boolean dryRun) {
        return client.importCalendar(ics, name, dryRun);
    }

    @Override
    public io.cuedeck.protocol.capacity.ImportResult importCalendarUrl(String url, boolean dryRun) {
        return client.importCalendarUrl(url, dryRun);
    }

    @Override
    public io.cuedeck.protocol.capacity.CapacityState capacity(String showId) {
        return client.capacity(showId);
    }

    @Override
    public io.cuedeck.protocol.capacity.CapacityPlan capacityPlan(java.time.Instant from, java.time.Instant to) {
        return client.capacityPlan(from, to);
    }

    @Override
    public String consoleId() {
        return client.config().consoleId();
    }

    @Override
    public Control control(String showId) {
        return client.control(showId);
    }

    @Override
    public Control controlStep(String showId, String step) {
        return client.controlStep(showId, step);
    }

    @Override
    public AuditPage audit(String showId, String before, int limit) {
        return client.audit(showId, before, limit);
    }

    @Override
    public ConsoleStream openConsoleStream(String showId, ConsoleListener listener) {
        return client.openConsoleStream(showId, listener);
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            onClose.run();
        }
    }
}
