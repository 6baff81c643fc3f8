package io.cuedeck.server.reports;

import io.cuedeck.protocol.CurvePoint;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.reports.Check;
import io.cuedeck.protocol.reports.CurveMarker;
import io.cuedeck.protocol.reports.FunnelRow;
import io.cuedeck.protocol.reports.Reconciliation;
import io.cuedeck.protocol.reports.SecondsGap;
import io.cuedeck.protocol.reports.ShowSummary;
import io.cuedeck.protocol.reports.Split;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import io.cuedeck.server.http.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fire and show reports and the comparison. Every figure comes from counts kept as the show
 * ran ({@link FireCountsSource}: the hot engine while a fire is live, the cold store once it is
 * finalised) and the show's viewer curve ({@link ViewerCurve}); no raw answer is read.
 */
public final class ReportService {

    private final ColdStore cold;
    private final ViewerCurve curve;
    private final FireCountsSource counts;
    private final Clock clock;

    public ReportService(ColdStore cold, ViewerCurve curve, FireCountsSource counts, Clock clock) {
        this.cold = cold;
        this.curve = curve;
        this.counts = counts;
        this.clock = clock;
    }

    public FireReport fireReport(String showId, String fireId) {
        show(showId);
        FireRecord fire = cold.fire(showId, fireId).filter(FireRecord::sent).orElseThrow(
                () -> ApiException.notFound("There is no fire '" + fireId + "' in show '" + showId + "'."));
        return report(fire);
    }

    public ShowReport showReport(String showId) {
        Show show = show(showId);
        List<FireReport> fires = cold.fires(showId).stream().filter(FireRecord::sent).map(this::report).toList();
        List<CurvePoint> points = curve.of(show);
        Long from = show.liveAt() == null ? null : show.liveAt().getEpochSecond();
        long to = onAirEnd(show);
        ShowFigures all = ShowFigures.of(points, null, null);
        ShowFigures onAir = from == null ? all : ShowFigures.of(points, from, to);
        List<FunnelRow> rows = fires.stream().map(f -> new FunnelRow(f.fireId(), f.cueId(), f.kind(), f.prompt(),
                f.firedAt(), f.funnel(), f.ackLatencyMs().p95())).toList();
        Audience audience = counts.audience(showId);
        return new ShowReport(showId, show.title(), all.peak, all.peakAt, fires, points, show.status(),
                show.liveAt(), show.endedAt(), timeOnAir(show),
                onAir.average, onAir.median, audience.unique(), audience.split(), markers(show, fires),
                rows, reconciliation(show, fires));
    }

    /** Two to five shows side by side, in the order given. */
    public List<ShowSummary> compare(List<String> showIds) {
        List<ShowSummary> out = new ArrayList<>();
        for (String id : showIds) {
            out.add(summary(showReport(id), cold.fires(id)));
        }
        return out;
    }

    private ShowSummary summary(ShowReport r, List<FireRecord> records) {
        long targeted = 0;
        long reached = 0;
        long answered = 0;
        long[] latency = new long[LatencyHistogram.BUCKETS];
        long max = 0;
        for (FireReport f : r.fires()) {
            targeted += f.funnel().targeted();
            reached += f.funnel().reached();
            answered += f.funnel().answered();
        }
        for (FireRecord fire : records) {
            if (fire.sent()) {
                var c = counts.of(fire);
                for (int i = 0; i < latency.length && i < c.latency().length; i++) {
                    latency[i] += c.latency()[i];
                }
                max = Math.max(max, c.maxLatencyMs());
            }
        }
        return new ShowSummary(r.showId(), r.title(), r.status(), r.liveAt(), r.endedAt(), r.fires().size(),
                r.peakViewers(), r.averageViewers(), r.uniqueViewers(), targeted == 0 ? 0 : (double) reached / targeted,
                reached == 0 ? 0 : (double) answered / reached, LatencyHistogram.percentile(latency, max, 0.95));
    }

    boolean exists(String showId) {
        return cold.show(showId).isPresent();
    }

    private Show show(String showId) {
        return cold.show(showId).orElseThrow(() -> ApiException.notFound("There is no show '" + showId + "'."));
    }

    private FireReport report(FireRecord fire) {
        return FireReports.of(fire, counts.closedAt(fire), counts.of(fire));
    }

    /** Whole seconds from going live to the end (to now while live); 0 if never live. */
    private long timeOnAir(Show show) {
        if (show.liveAt() == null) {
            return 0;
        }
        Instant end = show.endedAt() != null ? show.endedAt() : clock.instant();
        return Math.max(0, java.time.Duration.between(show.liveAt(), end).toSeconds());
    }

    /** The last second on air: the end, or two seconds ago while live (the ticker's lag). */
    private long onAirEnd(Show show) {
        if (show.endedAt() != null) {
            return show.endedAt().getEpochSecond();
        }
        return clock.instant().getEpochSecond() - 2;
    }

    private List<CurveMarker> markers(Show show, List<FireReport> fires) {
        List<CurveMarker> out = new ArrayList<>();
        for (FireReport f : fires) {
            out.add(new CurveMarker(CurveMarker.FIRE, f.fireId(), f.prompt(), f.firedAt(), f.closedAt()));
        }
        Instant from = show.createdAt() == null ? Instant.EPOCH : show.createdAt().minusSeconds(86_400L * 30);
        Instant to = show.endedAt() != null ? show.endedAt().plusSeconds(86_400) : clock.instant().plusSeconds(86_400L * 365);
        for (Boost b : cold.boosts().between(from, to, show.id())) {
            if (show.id().equals(b.showId())) {
                out.add(new CurveMarker(CurveMarker.BOOST, b.id(), b.title(), b.start(), b.end()));
            }
        }
        out.sort(Comparator.comparing(CurveMarker::at));
        return out;
    }

    private Reconciliation reconciliation(Show show, List<FireReport> fires) {
        List<SecondsGap> gaps = List.of();
        Check snapshots;
        if (show.liveAt() == null) {
            snapshots = Coverage.check(gaps, 1, 0);
        } else {
            long from = show.liveAt().getEpochSecond();
            // an ended show's seconds are snapshotted up to its end less the seconds the ticker had not
            // counted yet when it ended (it is not ticked after that): those are not gaps
            long to = show.status() == ShowStatus.ENDED
                    ? onAirEnd(show) - io.cuedeck.server.snapshot.SnapshotJob.UNSETTLED_SECONDS
                    : curve.lastSnapshotted(show);
            List<ViewerSnapshot> stored = cold.snapshots(show.id());
            gaps = Coverage.gaps(stored, from, to);
            snapshots = Coverage.check(gaps, from, to);
        }
        return new Reconciliation(snapshots, gaps, counts.answersCheck(show.id(), fires));
    }

    /** Unique viewers of a show and their split. */
    public record Audience(long unique, Split split) {
    }
}
