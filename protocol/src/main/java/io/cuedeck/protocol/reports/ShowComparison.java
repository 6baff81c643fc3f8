package io.cuedeck.protocol.reports;

import java.util.List;

/**
 * {@code GET /api/v1/reports/compare?shows=a,b,c}: two to five shows side by side, in the order
 * asked for. Fewer than two, more than five, a repeated or an unknown show id is a 400 whose
 * message names the problem.
 */
public record ShowComparison(List<ShowSummary> shows) {

    public static final int MIN_SHOWS = 2;
    public static final int MAX_SHOWS = 5;

    public ShowComparison {
        shows = List.copyOf(shows);
    }
}
