package io.cuedeck.protocol.reports;

import java.util.Map;

/**
 * The show's unique viewers split three ways, each by the value of a viewer's latest heartbeat or
 * socket ({@code "unknown"} when it gave none). Each map's values sum to the show's unique viewers.
 */
public record Split(Map<String, Long> platform, Map<String, Long> region, Map<String, Long> language) {

    public Split {
        platform = platform == null ? Map.of() : Map.copyOf(platform);
        region = region == null ? Map.of() : Map.copyOf(region);
        language = language == null ? Map.of() : Map.copyOf(language);
    }

    public static final Split NONE = new Split(Map.of(), Map.of(), Map.of());
}
