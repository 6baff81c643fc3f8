package io.cuedeck.console.companion;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code of a text (ZXing), as a square of dark and light modules without its quiet zone: the
 * view draws it. Error correction M (15 %) stays readable from a phone held at arm's length in a
 * studio's light and is still small for an address.
 */
public final class QrCode {

    /** Light modules a scanner needs around the code. */
    public static final int QUIET_ZONE = 4;

    private final String text;
    private final BitMatrix modules;

    private QrCode(String text, BitMatrix modules) {
        this.text = text;
        this.modules = modules;
    }

    public static QrCode of(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            return new QrCode(text, m);
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code holds this text: " + e.getMessage(), e);
        }
    }

    public String text() {
        return text;
    }

    /** Modules per side. */
    public int size() {
        return modules.getWidth();
    }

    public boolean dark(int x, int y) {
        return modules.get(x, y);
    }

    /** The dark modules as one SVG path, {@code module} pixels each; the quiet zone is the view's. */
    public String svgPath(double module) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size(); y++) {
            int x = 0;
            while (x < size()) {
                if (!dark(x, y)) {
                    x++;
                    continue;
                }
                int run = x;
                while (run < size() && dark(run, y)) {
                    run++;
                }
                // One rectangle per run of dark modules keeps the path short.
                path.append('M').append(fmt(x * module)).append(',').append(fmt(y * module))
                        .append('h').append(fmt((run - x) * module)).append('v').append(fmt(module))
                        .append('h').append(fmt(-(run - x) * module)).append('z');
                x = run;
            }
        }
        return path.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
