package io.cuedeck.server.fire;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireCounts;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.hot.FireReach;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cold store is the truth about answers. A node killed after its journal stored an answer and
 * before its batcher flushed the count leaves the hot counts short; at finalisation, and only when
 * the stored count differs, the stored answers are recorded into the fire's reach again (answers
 * are idempotent per viewer, so those already counted change nothing) before the figures are
 * copied. Such answers count under the language {@code und} (the dead node knew it; the store does
 * not). A report of a fire not finalised yet does the same when the counts are short (Redis emptied
 * or restarted mid-fire); a finalised fire's report reads what finalisation stored.
 */
public final class AnswerRepair {

    private AnswerRepair() {
    }

    public static FireCounts countsWithEveryStoredAnswer(FireReach reach, ColdStore cold, FireRecord fire) {
        FireCounts counts = FireCloser.counts(reach, fire);
        if (counts == null || fire.cue().kind() == CueKind.ANNOUNCEMENT
                || cold.answerCount(fire.showId(), fire.fireId()) == counts.answers()) {
            return counts;
        }
        Cue cue = fire.cue();
        List<FireReach.Answer> answers = new ArrayList<>();
        for (AnswerRecord a : cold.answers(fire.showId(), fire.fireId())) {
            int choice = a.choice() == null ? -1 : a.choice();
            boolean correct = cue.kind() == CueKind.QUIZ && cue.correctOption() != null && cue.correctOption() == choice;
            answers.add(new FireReach.Answer(fire.showId(), fire.fireId(), a.viewerId(), choice, "und",
                    Math.max(0, a.at().toEpochMilli() - fire.firedAt().toEpochMilli()), correct, a.at().getEpochSecond()));
        }
        for (int from = 0; from < answers.size(); from += 5_000) {
            reach.record(new FireReach.Batch(List.of(), Map.of(), answers.subList(from, Math.min(answers.size(), from + 5_000)),
                    List.of()));
        }
        return FireCloser.counts(reach, fire);
    }
}
