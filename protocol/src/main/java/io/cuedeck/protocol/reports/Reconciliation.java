package io.cuedeck.protocol.reports;

import java.util.List;

/**
 * Can the show's report be trusted. {@code snapshots}: every second the show was on air (from
 * {@code liveAt} to {@code endedAt}, or to two seconds ago while live) has a stored viewer
 * snapshot; {@code gaps} lists the seconds that have none (empty when ok). {@code answers}: every
 * answer the journal accepted for the show's fires is in the cold store, checked by comparing, per
 * fire, the count of accepted answers kept as the show ran with the count of stored answers.
 */
public record Reconciliation(Check snapshots, List<SecondsGap> gaps, Check answers) {

    public Reconciliation {
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }
}
