package io.cuedeck.console.companion;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;

/** Reads a QR code back, as a phone's camera app would: from pixels, with ZXing's reader. */
public final class QrScan {

    private QrScan() {
    }

    /** Decodes an image given as ARGB pixels, row by row. */
    public static String pixels(int width, int height, int[] argb) throws Exception {
        LuminanceSource source = new RGBLuminanceSource(width, height, argb);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE, DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** Paints the code's modules, 4 pixels each with the quiet zone, and decodes that. */
    public static String modules(QrCode qr) throws Exception {
        int scale = 4;
        int side = (qr.size() + 2 * QrCode.QUIET_ZONE) * scale;
        int[] argb = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - QrCode.QUIET_ZONE;
                int my = y / scale - QrCode.QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < qr.size() && my < qr.size() && qr.dark(mx, my);
                argb[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return pixels(side, side, argb);
    }
}
