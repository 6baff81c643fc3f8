package io.cuedeck.console.reports;

import io.cuedeck.console.common.Format;
import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The Reports workspace's figures in words of the console's language and time zone. */
public final class ReportWords {

    private final I18n i18n;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter clock;

    public ReportWords(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        this.clock = DateTimeFormatter.ofPattern("HH:mm:ss").withLocale(i18n.locale());
    }

    public String count(long value) {
        return Format.count(value, i18n.locale());
    }

    /** {@code 0.873} as {@code 87.3 %}. */
    public String percent(double fraction) {
        return i18n.format("reports.percent", Format.rate(fraction * 100, i18n.locale()));
    }

    public String ms(long millis) {
        return i18n.format("reports.ms", count(millis));
    }

    public String clock(Instant at) {
        return at == null ? "\u2014" : clock.format(at.atZone(zone));
    }

    public String day(Show show) {
        var d = ShowFilter.day(show, zone);
        return d == null ? "\u2014" : day.format(d);
    }

    public String status(ShowStatus status) {
        return status == null ? i18n.get("reports.status.any") : i18n.get("reports.status." + status.name().toLowerCase());
    }

    public String kind(io.cuedeck.protocol.CueKind kind) {
        return kind == null ? "" : i18n.has("kind." + kind.name().toLowerCase()) ? i18n.get("kind." + kind.name().toLowerCase())
                : kind.name().toLowerCase();
    }
}
