package io.cuedeck.server.reports.export;

import io.cuedeck.protocol.AuditEntry;
import io.cuedeck.protocol.CurvePoint;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.reports.ReportService;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What an export is made of: the report figures from {@link ReportService} (so an export says what
 * the report says), the stored fires, the audit trail, and the answers read from the cold store one
 * page at a time. Everything that can fail with a 404 is read before a byte is written.
 */
public final class ExportSource {

    /** Answers read per cold-store request while writing. */
    static final int PAGE = 2_000;
    /** Seconds of the viewer curve kept either side of a fire in a one-fire export. */
    static final long FIRE_MARGIN_SECONDS = 30;

    private final ReportService reports;
    private final ColdStore cold;
    private final Clock clock;

    public ExportSource(ReportService reports, ColdStore cold, Clock clock) {
        this.reports = reports;
        this.cold = cold;
        this.clock = clock;
    }

    ExportData show(String showId) {
        ShowReport report = reports.showReport(showId);
        Show show = cold.show(showId).orElseThrow(() -> ApiException.notFound("There is no show '" + showId + "'."));
        return new ExportData(show, report, null, report.fires(), records(showId), report.viewerCurve(),
                cold.audit().all(showId), clock.instant());
    }

    ExportData fire(String showId, String fireId) {
        FireReport fire = reports.fireReport(showId, fireId);
        ShowReport report = reports.showReport(showId);
        Show show = cold.show(showId).orElseThrow(() -> ApiException.notFound("There is no show '" + showId + "'."));
        long from = fire.firedAt().getEpochSecond() - FIRE_MARGIN_SECONDS;
        Instant closed = fire.closedAt() != null ? fire.closedAt() : clock.instant();
        long to = closed.getEpochSecond() + FIRE_MARGIN_SECONDS;
        List<CurvePoint> curve = report.viewerCurve().stream()
                .filter(p -> p.epochSecond() >= from && p.epochSecond() <= to).toList();
        List<AuditEntry> audit = cold.audit().all(showId).stream()
                .filter(e -> fireId.equals(e.target()) || fire.cueId().equals(e.target())).toList();
        return new ExportData(show, report, fire, List.of(fire), records(showId), curve, audit, clock.instant());
    }

    /** Every stored answer of the fire, in viewer id order, holding one page at a time. */
    void forEachAnswer(String showId, String fireId, Consumer<AnswerRecord> each) {
        String after = null;
        while (true) {
            List<AnswerRecord> page = cold.answersAfter(showId, fireId, after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            page.forEach(each);
            after = page.get(page.size() - 1).viewerId();
        }
    }

    private Map<String, FireRecord> records(String showId) {
        Map<String, FireRecord> byId = new LinkedHashMap<>();
        for (FireRecord f : cold.fires(showId)) {
            byId.put(f.fireId(), f);
        }
        return byId;
    }
}
