package io.cuedeck.server.reports.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes flowing content onto A4 pages top to bottom: headings, wrapped paragraphs, tables whose
 * cells wrap and whose header repeats on each new page, and images. All text is shown with the
 * embedded CJK font as literal text (never interpreted), and a character the font lacks becomes
 * '?' instead of failing the whole document.
 */
final class PdfLayout {

    static final float MARGIN = 48;
    private static final int MAX_CELL_LINES = 30;
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    private final PDDocument doc;
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream page;
    private float y;
    private int pages;

    PdfLayout(PDDocument doc, PDType0Font font) {
        this.doc = doc;
        this.font = font;
    }

    float width() {
        return WIDTH;
    }

    void newPage() throws IOException {
        closePage();
        PDPage p = new PDPage(SIZE);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        pages++;
        y = SIZE.getHeight() - MARGIN;
        text(Integer.toString(pages), 8, SIZE.getWidth() - MARGIN - 10, MARGIN / 2);
    }

    void space(float points) throws IOException {
        ensure(points);
        y -= points;
    }

    /** Moves down to {@code fromTop} points below the page's top edge (for the title page). */
    void moveTo(float fromTop) {
        y = SIZE.getHeight() - fromTop;
    }

    void centered(String text, float size) throws IOException {
        for (String line : wrap(safe(text), size, WIDTH)) {
            ensure(size * 1.4f);
            y -= size * 1.4f;
            text(line, size, MARGIN + (WIDTH - width(line, size)) / 2, y);
        }
    }

    void heading(String text) throws IOException {
        ensure(60); // a heading never ends a page alone
        y -= 10;
        paragraph(text, 14);
        y -= 4;
    }

    void paragraph(String text, float size) throws IOException {
        for (String line : wrap(safe(text), size, WIDTH)) {
            ensure(size * 1.35f);
            y -= size * 1.35f;
            text(line, size, MARGIN, y);
        }
    }

    void image(BufferedImage image, float width) throws IOException {
        float height = width * image.getHeight() / image.getWidth();
        ensure(height + 6);
        PDImageXObject x = LosslessFactory.createFromImage(doc, image);
        y -= height + 6;
        page.drawImage(x, MARGIN, y, width, height);
    }

    /** A table over the full width; {@code weights} share it between the columns. */
    void table(List<String> headers, List<List<String>> rows, float[] weights, float size) throws IOException {
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = WIDTH * weights[i] / total;
        }
        row(headers, widths, size, true);
        for (List<String> r : rows) {
            if (row(r, widths, size, false)) {
                row(headers, widths, size, true);
                row(r, widths, size, false);
            }
        }
    }

    /** Draws one row; true (and nothing drawn) when it needed a new page, which was started. */
    private boolean row(List<String> cells, float[] widths, float size, boolean header) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> l = wrap(safe(i < cells.size() ? cells.get(i) : ""), size, widths[i] - 4);
            if (l.size() > MAX_CELL_LINES) { // a row always fits on one page
                l = new ArrayList<>(l.subList(0, MAX_CELL_LINES));
                l.set(MAX_CELL_LINES - 1, l.get(MAX_CELL_LINES - 1) + " ...");
            }
            lines.add(l);
            height = Math.max(height, l.size());
        }
        float h = height * size * 1.3f + 4;
        if (y - h < MARGIN) {
            newPage();
            if (!header) {
                return true;
            }
        }
        if (header) {
            page.setNonStrokingColor(0.88f, 0.90f, 0.94f);
            page.addRect(MARGIN, y - h, WIDTH, h);
            page.fill();
            page.setNonStrokingColor(0f, 0f, 0f);
        }
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            float ly = y - size * 1.1f - 1;
            for (String line : lines.get(i)) {
                text(line, size, x + 2, ly);
                ly -= size * 1.3f;
            }
            x += widths[i];
        }
        y -= h;
        page.setStrokingColor(0.75f, 0.75f, 0.75f);
        page.setLineWidth(0.4f);
        page.moveTo(MARGIN, y);
        page.lineTo(MARGIN + WIDTH, y);
        page.stroke();
        return false;
    }

    void close() throws IOException {
        closePage();
    }

    private void closePage() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    private void ensure(float needed) throws IOException {
        if (page == null || y - needed < MARGIN) {
            newPage();
        }
    }

    private void text(String line, float size, float x, float atY) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, atY);
        page.showText(line);
        page.endText();
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Lines of at most {@code max} points: broken at spaces, or between any two characters (CJK). */
    List<String> wrap(String text, float size, float max) throws IOException {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lastSpace = -1;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
                if (cp == ' ') {
                    lastSpace = line.length() - 1;
                }
                if (width(line.toString(), size) > max && line.length() > 1) {
                    int cut = lastSpace > 0 ? lastSpace : line.length() - Character.charCount(cp);
                    out.add(line.substring(0, cut).stripTrailing());
                    String rest = line.substring(lastSpace > 0 ? cut + 1 : cut);
                    line.setLength(0);
                    line.append(rest);
                    lastSpace = -1;
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Text the font can show: tabs and other controls as spaces, characters it lacks as '?'. */
    String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (glyphs.computeIfAbsent(cp, this::canShow)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canShow(int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return font.getStringWidth(new String(Character.toChars(cp))) >= 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
