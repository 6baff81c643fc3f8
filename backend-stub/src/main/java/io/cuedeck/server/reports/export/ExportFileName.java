package io.cuedeck.server.reports.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The download's name: {@code cuedeck-<showId>[-<fireId>]-report.<ext>} for every client, and
 * (RFC 6266 {@code filename*}) the show's title and the day, which may be Chinese or Korean, for
 * the clients that read it. Ids are the server's own (letters and digits); the title loses every
 * character a file system or a header could trip on.
 */
final class ExportFileName {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private ExportFileName() {
    }

    static String disposition(ExportData data, String extension) {
        String ids = ascii(data.show().id()) + (data.oneFire() ? "-" + ascii(data.fire().fireId()) : "");
        String plain = "cuedeck-" + ids + "-report." + extension;
        String day = DAY.format(data.show().liveAt() != null ? data.show().liveAt() : data.generatedAt());
        String titled = title(data.show().title()) + " " + day + (data.oneFire() ? " fire " + ascii(data.fire().fireId()) : "")
                + " report." + extension;
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''"
                + URLEncoder.encode(titled, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String ascii(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String title(String title) {
        String t = title == null ? "" : title.replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|%;]", " ").replaceAll("\\s+", " ").strip();
        if (t.length() > 80) {
            t = t.substring(0, t.offsetByCodePoints(0, Math.min(t.codePointCount(0, t.length()), 80)));
        }
        return t.isEmpty() ? "Cuedeck show" : t;
    }
}
