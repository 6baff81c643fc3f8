package io.cuedeck.server.audience;

import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.rundown.Languages;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalising what viewer apps send about themselves. */
public final class ViewerInput {

    public static final String OTHER_PLATFORM = "other";
    private static final Pattern PLATFORM = Pattern.compile("[a-z0-9-]{1,16}");
    private static final Pattern REGION = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private ViewerInput() {
    }

    /** {@code iOS} becomes {@code ios}; anything that is not 1-16 of [a-z0-9-] becomes {@code other}. */
    public static String platform(String given) {
        if (given == null) {
            return OTHER_PLATFORM;
        }
        String p = given.strip().toLowerCase(Locale.ROOT);
        return PLATFORM.matcher(p).matches() ? p : OTHER_PLATFORM;
    }

    /** A language tag, or {@code ""} when none was given; a malformed tag is refused. */
    public static String lang(String given) {
        if (given == null || given.isEmpty()) {
            return "";
        }
        if (!Languages.isTag(given)) {
            throw ApiException.validation("lang", "'" + given + "' is not a language tag such as en or zh-TW.");
        }
        return given;
    }

    /** A region code, if given, is 1-32 letters, digits or dashes. */
    public static void region(String given) {
        if (given != null && !REGION.matcher(given).matches()) {
            throw ApiException.validation("region", "region must be 1 to 32 letters, digits or dashes.");
        }
    }
}
