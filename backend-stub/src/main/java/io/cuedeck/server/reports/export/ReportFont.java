package io.cuedeck.server.reports.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one font of the PDF and its charts: WenQuanYi Micro Hei (Apache-2.0, see fonts/NOTICE.txt),
 * bundled in the jar because servers rarely have CJK fonts. It covers Latin, Traditional and
 * Simplified Chinese, Kana and Hangul. The PDF embeds only the glyphs it uses (a subset: a report
 * PDF stays small). The file is read once per process and shared; each document parses its own
 * view of the bytes.
 */
final class ReportFont {

    static final String FACE = "WenQuanYiMicroHei";
    private static final String RESOURCE = "fonts/wqy-microhei.ttc";
    private static volatile byte[] bytes;
    private static volatile Font awt;

    private ReportFont() {
    }

    /** Opens the collection for one document; close it after the document is saved. */
    static TrueTypeCollection open() throws IOException {
        return new TrueTypeCollection(new ByteArrayInputStream(bytes()));
    }

    /** The face from {@code collection}, loaded into {@code doc} for subset embedding. */
    static PDType0Font load(PDDocument doc, TrueTypeCollection collection) throws IOException {
        TrueTypeFont face = collection.getFontByName(FACE);
        if (face == null) {
            throw new IOException("the bundled font has no face " + FACE);
        }
        return PDType0Font.load(doc, face, true);
    }

    /** The same face for Java2D (charts), at {@code size} points. */
    static Font awt(float size) {
        Font base = awt;
        if (base == null) {
            try {
                Map<String, Font> faces = new HashMap<>();
                for (Font f : Font.createFonts(new ByteArrayInputStream(bytes()))) {
                    faces.put(f.getFontName(java.util.Locale.ROOT).replace(" ", ""), f);
                }
                base = faces.getOrDefault(FACE, faces.values().iterator().next());
                awt = base;
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("the bundled font cannot be read by Java2D", e);
            }
        }
        return base.deriveFont(size);
    }

    private static byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the report font " + RESOURCE + " is missing from the jar");
                }
                b = in.readAllBytes();
                bytes = b;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return b;
    }
}
