package io.cuedeck.console.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a producer can pick for the console's own words (menus, messages; cue text is
 * in the cue's languages whatever this says), stored as the {@code locale} setting. Unset means
 * the system's: a Traditional Chinese system (Taiwan, Hong Kong, Macau, or any {@code zh-Hant})
 * gets 繁體中文, any other system its own locale, whose missing strings fall back to English
 * (Simplified Chinese among them, until it has a translation).
 */
public enum UiLanguage {

    SYSTEM(null, null),
    ENGLISH("en", "English"),
    TRADITIONAL_CHINESE("zh-TW", "繁體中文");

    private static final List<String> TRADITIONAL_REGIONS = List.of("TW", "HK", "MO");

    private final String tag;
    private final String ownName;

    UiLanguage(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
    }

    /** The language's name in its own words, as a list of languages shows it; null for SYSTEM. */
    public String ownName() {
        return ownName;
    }

    /** Which complete translation a locale shows: English for every locale without one of its own. */
    public static UiLanguage shownFor(Locale locale) {
        return isTraditionalChinese(locale) ? TRADITIONAL_CHINESE : ENGLISH;
    }

    /** The value of the {@code locale} setting for this choice; empty (unset) for the system's. */
    public String settingValue() {
        return tag == null ? "" : tag;
    }

    /** Which choice a stored {@code locale} value is; a tag this list does not offer reads as the system's. */
    public static UiLanguage ofSetting(Optional<String> value) {
        if (value.isEmpty()) {
            return SYSTEM;
        }
        Locale locale = Locale.forLanguageTag(value.get());
        if (isTraditionalChinese(locale)) {
            return TRADITIONAL_CHINESE;
        }
        return locale.getLanguage().equals("en") ? ENGLISH : SYSTEM;
    }

    /**
     * The locale the console runs in: the stored value when there is one (any tag, as before this
     * choice existed), else the system's, with Traditional Chinese systems mapped onto zh-TW.
     */
    public static Locale resolve(Optional<String> setting, Locale system) {
        if (setting.isPresent()) {
            return Locale.forLanguageTag(setting.get());
        }
        if (isTraditionalChinese(system)) {
            return Locale.TRADITIONAL_CHINESE;
        }
        if (system.getLanguage().equals("zh")) {
            // Simplified Chinese: without its region, or a zh-Hans-TW system would find the Taiwan bundle.
            return new Locale.Builder().setLanguage("zh").setScript("Hans").build();
        }
        return system;
    }

    /** The locale this choice gives on a system whose locale is {@code system}. */
    public Locale locale(Locale system) {
        return resolve(tag == null ? Optional.empty() : Optional.of(tag), system);
    }

    /** Chinese in the Traditional script: said by the script when the tag has one, else by the region. */
    private static boolean isTraditionalChinese(Locale locale) {
        if (!locale.getLanguage().equals("zh")) {
            return false;
        }
        return locale.getScript().isEmpty() ? TRADITIONAL_REGIONS.contains(locale.getCountry())
                : locale.getScript().equals("Hant");
    }
}
