package io.cuedeck.console.reports;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.reports.Check;
import io.cuedeck.protocol.reports.Reconciliation;
import io.cuedeck.protocol.reports.SecondsGap;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reconciliation lines of a show report in the console's language. The backend's {@code
 * detail} is English prose, so the line is written here from the figures it comes with (the gaps,
 * the fires' accepted answers); {@code detail} is kept for a tooltip, because the one case the
 * figures cannot say (which fire's stored answers differ, and by how much) is only in it.
 */
public final class ReportChecks {

    /** How many gaps are named in the line; the rest are counted. */
    static final int GAPS_NAMED = 3;

    /** A line: green when {@code ok}, red when not; {@code detail} is the backend's own words. */
    public record Line(boolean ok, String text, String detail) {
    }

    private ReportChecks() {
    }

    /** Every second on air has a viewer snapshot, or which do not. Null when the backend sent no check. */
    public static Line snapshots(ShowReport report, ReportWords words, I18n i18n) {
        Reconciliation r = report == null ? null : report.reconciliation();
        Check c = r == null ? null : r.snapshots();
        if (c == null) {
            return null;
        }
        String what;
        if (!r.gaps().isEmpty()) {
            long missing = r.gaps().stream().mapToLong(SecondsGap::seconds).sum();
            String named = r.gaps().stream().limit(GAPS_NAMED).map(g -> gap(g, words, i18n))
                    .collect(Collectors.joining(i18n.get("reports.check.gapSeparator")));
            if (r.gaps().size() > GAPS_NAMED) {
                named = i18n.format("reports.check.gapsMore", named, (long) r.gaps().size() - GAPS_NAMED);
            }
            what = i18n.format("reports.check.snapshots.gaps", missing, (long) r.gaps().size(), named);
        } else if (!c.ok()) {
            what = i18n.get("reports.check.snapshots.bad");
        } else {
            what = i18n.get(report.liveAt() == null ? "reports.check.snapshots.notOnAir" : "reports.check.snapshots.all");
        }
        return new Line(c.ok(), i18n.format("reports.check.snapshots", status(c, i18n), what), c.detail());
    }

    /** Every answer the journal accepted is in the cold store, or not. Null when the backend sent no check. */
    public static Line answers(ShowReport report, I18n i18n) {
        Reconciliation r = report == null ? null : report.reconciliation();
        Check c = r == null ? null : r.answers();
        if (c == null) {
            return null;
        }
        List<FireReport> fires = report.fires() == null ? List.of() : report.fires();
        // As the backend counts: announcements take no answers and are not checked.
        long accepted = fires.stream().filter(f -> f.kind() != CueKind.ANNOUNCEMENT).mapToLong(FireReport::answers).sum();
        String what = c.ok() ? i18n.format("reports.check.answers.all", accepted, (long) fires.size())
                : i18n.get("reports.check.answers.bad");
        return new Line(c.ok(), i18n.format("reports.check.answers", status(c, i18n), what), c.detail());
    }

    private static String status(Check c, I18n i18n) {
        return i18n.get(c.ok() ? "reports.check.ok" : "reports.check.bad");
    }

    private static String gap(SecondsGap g, ReportWords words, I18n i18n) {
        Instant from = Instant.ofEpochSecond(g.fromSecond());
        return g.seconds() == 1 ? words.clock(from)
                : i18n.format("reports.check.gap", words.clock(from), words.clock(Instant.ofEpochSecond(g.toSecond())));
    }
}
