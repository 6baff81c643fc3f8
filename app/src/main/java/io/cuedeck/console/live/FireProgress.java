package io.cuedeck.console.live;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.console.Delivery;
import io.cuedeck.protocol.console.FireStarted;
import io.cuedeck.protocol.console.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One fire as the Live workspace draws it: delivered, connected at TAKE ({@code targeted}), failed,
 * acks and their live p95 latency, and the tally with one label per option (in the cue's default
 * language). Viewers who join while the answer window is open get the cue too, so delivered can
 * exceed targeted.
 */
public record FireProgress(String fireId, String title, long targeted, long delivered, long failed, long acks,
        long ackP95Ms, List<String> optionLabels, List<Long> counts, long answers) {

    static FireProgress started(FireStarted started, Cue cue) {
        List<String> labels = new ArrayList<>();
        String title = started.kind().name().toLowerCase();
        if (cue != null) {
            title = io.cuedeck.console.rundown.CueText.title(cue);
            for (Map<String, String> option : cue.options()) {
                String text = option.get(cue.defaultLang());
                labels.add(text != null ? text : option.values().stream().findFirst().orElse("?"));
            }
        }
        return new FireProgress(started.fireId(), title, started.targeted(), 0, 0, 0, 0, labels,
                labels.stream().map(l -> 0L).toList(), 0);
    }

    FireProgress with(Delivery d) {
        return new FireProgress(fireId, title, d.targeted(), d.delivered(), d.failed(), d.acks(), d.ackP95Ms(), optionLabels,
                counts, answers);
    }

    FireProgress with(Tally t) {
        return new FireProgress(fireId, title, targeted, delivered, failed, acks, ackP95Ms, optionLabels, t.counts(),
                t.answers());
    }

    /**
     * How much of the audience the cue has reached, 0..1: delivered of everyone it went to, that
     * is of the viewers connected at TAKE, or of every write tried once late joiners make more. A
     * failed write keeps the bar short of full.
     */
    public double deliveredShare() {
        long audience = Math.max(targeted, delivered + failed);
        return audience == 0 ? 0 : (double) delivered / audience;
    }

    /** Whether viewers who joined after TAKE got the cue too (so delivered exceeds connected at TAKE). */
    public boolean reachedLateJoiners() {
        return delivered > targeted;
    }
}
