package io.cuedeck.console.theme;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * Makes cue text in any script render. Windows and macOS fall back to their own CJK fonts
 * (JhengHei, Malgun Gothic, PingFang, Apple SD Gothic Neo) by themselves; on Linux JavaFX's
 * fallback can miss Hangul, so there the console uses a pan-CJK family when one is installed
 * (Debian/Ubuntu: {@code fonts-noto-cjk}), which also covers Latin text.
 */
public final class Fonts {

    static final List<String> PAN_CJK = List.of("Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC",
            "Noto Sans CJK KR", "Noto Sans CJK SC", "Source Han Sans");

    private Fonts() {
    }

    /** The family to use for the whole UI, if the system's default needs help. */
    public static Optional<String> uiFamily() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return Optional.empty();
        }
        List<String> installed = Font.getFamilies();
        return PAN_CJK.stream().filter(installed::contains).findFirst();
    }

    /**
     * A one-rule stylesheet that sets the UI family on {@code .root}, or empty. ChartFX's axis
     * names get it too: they do not inherit it, and a Chinese axis name drew as empty boxes.
     */
    public static Optional<String> stylesheet() {
        return uiFamily().map(family -> "data:text/css," + URLEncoder.encode(
                ".root, .axis-label { -fx-font-family: \"" + family + "\"; }", StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
