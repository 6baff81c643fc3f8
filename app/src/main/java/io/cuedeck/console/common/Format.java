package io.cuedeck.console.common;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;

/** Numbers and durations as the control room reads them: grouped digits, signed changes, h:mm:ss. */
public final class Format {

    private Format() {
    }

    public static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public static String signed(long value, Locale locale) {
        String digits = count(Math.abs(value), locale);
        return value > 0 ? "+" + digits : value < 0 ? "\u2212" + digits : "\u00b10";
    }

    public static String rate(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value < 10 ? 1 : 0);
        format.setMinimumFractionDigits(value < 10 ? 1 : 0);
        return format.format(value);
    }

    /** {@code 1:02:03}, or {@code 02:03} under an hour; negative durations count as zero. */
    public static String clock(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
    }
}
