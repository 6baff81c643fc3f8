package io.cuedeck.server.engine.hot;

import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.reports.LeaderEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The quiz leaderboard's order: fastest first, ties by viewer id; ten lines. */
public final class Leaders {

    public static final int SIZE = FireReport.LEADERBOARD_SIZE;
    public static final Comparator<LeaderEntry> ORDER =
            Comparator.comparingLong(LeaderEntry::ms).thenComparing(LeaderEntry::viewerId);

    private Leaders() {
    }

    /** The entries sorted, cut to {@link #SIZE}, numbered from 1. */
    public static List<LeaderEntry> ranked(List<LeaderEntry> entries) {
        List<LeaderEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        List<LeaderEntry> out = new ArrayList<>();
        for (int i = 0; i < sorted.size() && i < SIZE; i++) {
            out.add(new LeaderEntry(i + 1, sorted.get(i).viewerId(), sorted.get(i).ms()));
        }
        return out;
    }
}
