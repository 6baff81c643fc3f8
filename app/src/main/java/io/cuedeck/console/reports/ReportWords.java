package io.cuedeck.console.reports;

import io.cuedeck.console.common.Format;
import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

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

    /** A platform of the audience split: its name in the bundle ({@code ios} as iOS), else the backend's word. */
    public String platform(String value) {
        if (isUnknown(value)) {
            return i18n.get("reports.unknown");
        }
        String key = "reports.platform." + value.toLowerCase(Locale.ROOT);
        return i18n.has(key) ? i18n.get(key) : value;
    }

    /** A region code ({@code TW}) as the country's name in the console's language, else as sent. */
    public String region(String value) {
        if (isUnknown(value)) {
            return i18n.get("reports.unknown");
        }
        if (value.length() == 2 && value.chars().allMatch(Character::isLetter)) {
            String name = new Locale("", value.toUpperCase(Locale.ROOT)).getDisplayCountry(i18n.locale());
            if (!name.isBlank() && !name.equalsIgnoreCase(value)) {
                return name;
            }
        }
        return value;
    }

    /** A language tag ({@code zh-TW}) as its name in the console's language; {@code und} and unknown in words. */
    public String language(String tag) {
        if (isUnknown(tag) || "und".equalsIgnoreCase(tag)) {
            return i18n.get("reports.unknown");
        }
        String name = Locale.forLanguageTag(tag).getDisplayName(i18n.locale());
        return name.isBlank() || name.equalsIgnoreCase(tag) ? tag : name;
    }

    static boolean isUnknown(String value) {
        return value == null || value.isBlank() || "unknown".equalsIgnoreCase(value);
    }

    public String kind(io.cuedeck.protocol.CueKind kind) {
        return kind == null ? "" : i18n.has("kind." + kind.name().toLowerCase()) ? i18n.get("kind." + kind.name().toLowerCase())
                : kind.name().toLowerCase();
    }
}
