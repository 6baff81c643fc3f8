package io.cuedeck.console.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's UI strings, from {@code io/cuedeck/console/messages*.properties} (English, with
 * Traditional Chinese and a Korean welcome). A missing key shows as {@code !key!} rather than
 * failing, so a gap in a translation is visible but harmless.
 */
public final class I18n {

    public static final String BUNDLE = "io.cuedeck.console.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
