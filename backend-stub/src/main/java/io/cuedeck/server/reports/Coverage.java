package io.cuedeck.server.reports;

import io.cuedeck.protocol.reports.Check;
import io.cuedeck.protocol.reports.SecondsGap;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Which seconds of a show's time on air have no stored snapshot. */
final class Coverage {

    private Coverage() {
    }

    /** The gaps between {@code from} and {@code to} (inclusive epoch seconds); none when {@code to < from}. */
    static List<SecondsGap> gaps(List<ViewerSnapshot> snapshots, long from, long to) {
        List<SecondsGap> gaps = new ArrayList<>();
        if (to < from) {
            return gaps;
        }
        int length = (int) Math.min(Integer.MAX_VALUE - 1, to - from + 1);
        BitSet covered = new BitSet(length);
        for (ViewerSnapshot s : snapshots) {
            long start = Math.max(from, s.startSecond());
            long end = Math.min(to, s.startSecond() + s.viewers().length - 1);
            if (start <= end) {
                covered.set((int) (start - from), (int) (end - from) + 1);
            }
        }
        int i = covered.nextClearBit(0);
        while (i < length) {
            int j = covered.nextSetBit(i);
            int end = j < 0 ? length : j;
            gaps.add(new SecondsGap(from + i, from + end - 1));
            i = covered.nextClearBit(end);
        }
        return gaps;
    }

    static Check check(List<SecondsGap> gaps, long from, long to) {
        if (to < from) {
            return new Check(true, "The show was not on air: no seconds to snapshot.");
        }
        long missing = gaps.stream().mapToLong(SecondsGap::seconds).sum();
        long total = to - from + 1;
        return missing == 0
                ? new Check(true, "All " + total + " seconds on air have a viewer snapshot.")
                : new Check(false, missing + " of " + total + " seconds on air have no viewer snapshot, in "
                        + gaps.size() + (gaps.size() == 1 ? " gap." : " gaps."));
    }
}
