package io.cuedeck.server.rundown;

import io.cuedeck.protocol.rules.CueValidator;
import java.util.Collection;
import java.util.Locale;

/**
 * Language tags (BCP 47 syntax: {@code en}, {@code zh-TW}, {@code sr-Latn-RS}) and the choice of
 * which of a cue's languages a viewer sees: the exact tag, else one with the same primary
 * language ({@code zh-HK} viewer, {@code zh-TW} cue), else the cue's default. Tags compare
 * without regard to case, as BCP 47 says.
 */
public final class Languages {

    /** The most languages one cue (its prompt, or one option) may have. */
    public static final int MAX_PER_CUE = CueValidator.MAX_LANGUAGES;

    private Languages() {
    }

    public static boolean isTag(String value) {
        return CueValidator.isLanguageTag(value);
    }

    /** The key of {@code available} a viewer asking for {@code wanted} gets. */
    public static String pick(Collection<String> available, String wanted, String fallback) {
        if (wanted == null || wanted.isEmpty()) {
            return fallback;
        }
        for (String tag : available) {
            if (tag.equalsIgnoreCase(wanted)) {
                return tag;
            }
        }
        String primary = primary(wanted);
        if (primary.equals(primary(fallback))) {
            return fallback;
        }
        for (String tag : available) {
            if (primary(tag).equals(primary)) {
                return tag;
            }
        }
        return fallback;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
