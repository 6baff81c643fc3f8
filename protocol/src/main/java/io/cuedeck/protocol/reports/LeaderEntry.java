package io.cuedeck.protocol.reports;

/**
 * One line of a quiz's leaderboard: a viewer who answered correctly, {@code ms} milliseconds after
 * the fire (server clocks: the answer's arrival minus the fire's time). Rank 1 is the fastest; ties
 * are ordered by viewer id.
 */
public record LeaderEntry(int rank, String viewerId, long ms) {
}
