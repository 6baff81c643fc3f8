package io.cuedeck.console.reports;

import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.reports.Split;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A show's unique viewers split by platform, region and language, as the report view draws it:
 * per dimension the values in the console's words, most viewers first, "unknown" always last (it
 * is not a value a viewer chose), each with its share of the dimension's total. {@code
 * unknownRegion} is how many viewers the backend could not place: it counts a viewer under what it
 * first said, and a live socket says no region.
 */
public record AudienceSplit(List<Dimension> dimensions, long viewers, long unknownRegion) {

    public static final String PLATFORM = "platform";
    public static final String REGION = "region";
    public static final String LANGUAGE = "language";

    /** One value of a dimension: {@code key} as the backend sent it, {@code name} in words. */
    public record Share(String key, String name, long viewers, double fraction, boolean unknown) {
    }

    /** One of the three splits: {@code id} is {@link #PLATFORM}, {@link #REGION} or {@link #LANGUAGE}. */
    public record Dimension(String id, List<Share> shares) {

        /** The share of the backend's {@code key}, if the dimension has it. */
        public Share share(String key) {
            return shares.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
        }
    }

    public static final AudienceSplit NONE = new AudienceSplit(List.of(), 0, 0);

    public static AudienceSplit of(ShowReport report, ReportWords words) {
        if (report == null) {
            return NONE;
        }
        Split split = report.split() == null ? Split.NONE : report.split();
        List<Dimension> dims = List.of(dimension(PLATFORM, split.platform(), words::platform),
                dimension(REGION, split.region(), words::region), dimension(LANGUAGE, split.language(), words::language));
        long unknown = split.region().entrySet().stream().filter(e -> ReportWords.isUnknown(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return new AudienceSplit(dims, report.uniqueViewers(), unknown);
    }

    private static Dimension dimension(String id, Map<String, Long> counts, Function<String, String> name) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Share> shares = new ArrayList<>();
        counts.forEach((key, n) -> shares.add(new Share(key, name.apply(key), n, total == 0 ? 0 : (double) n / total,
                ReportWords.isUnknown(key))));
        shares.sort(Comparator.comparing(Share::unknown).thenComparing(Share::viewers, Comparator.reverseOrder())
                .thenComparing(Share::name));
        return new Dimension(id, List.copyOf(shares));
    }

    public Dimension dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    /** No viewer was seen (or the backend sent no split): the view says so instead of drawing empty bars. */
    public boolean isEmpty() {
        return dimensions.stream().allMatch(d -> d.shares().isEmpty());
    }
}
