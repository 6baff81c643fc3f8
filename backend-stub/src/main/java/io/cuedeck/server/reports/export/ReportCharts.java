package io.cuedeck.server.reports.export;

import io.cuedeck.protocol.CurvePoint;
import io.cuedeck.protocol.FireReport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The PDF's charts, drawn with Java2D into images (headless; no chart library): the viewer curve
 * with a numbered marker at each fire, and per fire its funnel and its answers per option. Drawn
 * at twice the size they are shown for sharp print; labels use the bundled CJK font.
 */
final class ReportCharts {

    static final int SCALE = 2;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final Color LINE = new Color(0x1f, 0x6f, 0xb4);
    private static final Color BAR = new Color(0x4a, 0x90, 0xd9);
    private static final Color CORRECT = new Color(0x2e, 0x9d, 0x5b);
    private static final Color MARK = new Color(0xd9, 0x53, 0x4f);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    private ReportCharts() {
    }

    /** Viewers per second; each fire a red line numbered in fire order (as in the fires table). */
    static BufferedImage curve(List<CurvePoint> points, List<FireReport> fires, int width, int height) {
        BufferedImage image = canvas(width, height);
        Graphics2D g = graphics(image);
        int left = 56, right = width - 12, top = 12, bottom = height - 28;
        long first = points.isEmpty() ? 0 : points.get(0).epochSecond();
        long last = points.isEmpty() ? 1 : Math.max(first + 1, points.get(points.size() - 1).epochSecond());
        long highest = 1;
        for (CurvePoint p : points) {
            highest = Math.max(highest, p.viewers());
        }
        long step = step(highest);
        long max = step * 4;
        axes(g, left, right, top, bottom, max);
        g.setColor(Color.DARK_GRAY);
        g.drawString(CLOCK.format(Instant.ofEpochSecond(first)) + " UTC", left, bottom + 18);
        String end = CLOCK.format(Instant.ofEpochSecond(last)) + " UTC";
        g.drawString(end, right - g.getFontMetrics().stringWidth(end), bottom + 18);
        if (points.isEmpty()) {
            g.drawString("No viewer seconds recorded.", left + 12, top + 24);
        }
        g.setColor(LINE);
        g.setStroke(new BasicStroke(1.6f));
        int px = -1, py = -1;
        for (CurvePoint p : points) { // one pixel column may hold many seconds: the line goes through all
            int x = left + (int) ((p.epochSecond() - first) * (right - left) / (last - first));
            int y = bottom - (int) (p.viewers() * (bottom - top) / max);
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 3}, 0));
        for (int i = 0; i < fires.size(); i++) {
            long at = fires.get(i).firedAt().getEpochSecond();
            if (at < first || at > last) {
                continue;
            }
            int x = left + (int) ((at - first) * (right - left) / (last - first));
            g.setColor(MARK);
            g.drawLine(x, top, x, bottom);
            g.drawString(Integer.toString(i + 1), x + 3, top + 12 + (i % 3) * 12); // close fires: labels apart
        }
        g.dispose();
        return scaled(image);
    }

    /** Horizontal bars, one per labelled value; {@code highlight} (or -1) is drawn green. */
    static BufferedImage bars(List<String> labels, List<Long> values, int highlight, int width) {
        int rowHeight = 22;
        int height = Math.max(1, labels.size()) * rowHeight + 10;
        BufferedImage image = canvas(width, height);
        Graphics2D g = graphics(image);
        int labelWidth = Math.min(width / 2, 200);
        long max = 1;
        for (long v : values) {
            max = Math.max(max, v);
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = 5 + i * rowHeight;
            g.setColor(Color.DARK_GRAY);
            g.drawString(fit(g, labels.get(i), labelWidth - 8), 4, y + 15);
            int barMax = width - labelWidth - 70;
            int w = (int) (values.get(i) * barMax / max);
            g.setColor(i == highlight ? CORRECT : BAR);
            g.fillRect(labelWidth, y + 3, Math.max(w, 1), rowHeight - 8);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Long.toString(values.get(i)), labelWidth + w + 6, y + 15);
        }
        g.dispose();
        return scaled(image);
    }

    private static void axes(Graphics2D g, int left, int right, int top, int bottom, long max) {
        for (int i = 0; i <= 4; i++) {
            int y = bottom - i * (bottom - top) / 4;
            g.setColor(GRID);
            g.drawLine(left, y, right, y);
            g.setColor(Color.DARK_GRAY);
            String label = Long.toString(max * i / 4);
            g.drawString(label, left - 6 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.drawLine(left, top, left, bottom);
    }

    /** A round grid step (1, 2 or 5 times a power of ten) such that four steps reach {@code highest}. */
    static long step(long highest) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (step * m * 4 >= highest) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    private static String fit(Graphics2D g, String text, int max) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ");
        if (g.getFontMetrics().stringWidth(t) <= max) {
            return t;
        }
        while (t.length() > 1 && g.getFontMetrics().stringWidth(t + "...") > max) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t + "...";
    }

    private static BufferedImage canvas(int width, int height) {
        return new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(SCALE, SCALE);
        g.setFont(ReportFont.awt(11f));
        return g;
    }

    private static BufferedImage scaled(BufferedImage image) {
        return image; // drawn at SCALE; the PDF places it at the logical size
    }
}
