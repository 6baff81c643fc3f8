package io.cuedeck.connector.audience;

import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.protocol.viewer.CueMessage;
import java.time.Duration;
import java.util.Random;

/**
 * What a person in the crowd does with a cue: acknowledges it after a short while and, with the
 * config's answer rate, answers it after a longer while (a choice drawn from the choice weights, a
 * few words for a question, nothing for an announcement). Delays are exponentially distributed
 * around the config's means.
 */
final class Reactions {

    /** The plan for one cue; {@code answer} is null when this person does not answer. */
    record Plan(Duration ackAfter, AnswerMessage answer, Duration answerAfter) {
    }

    private static final String[] SAMPLE_TEXTS = {"Great show!", "Who wrote this song?", "Hello from home", "More please"};

    private final AudienceConfig config;

    Reactions(AudienceConfig config) {
        this.config = config;
    }

    Plan to(CueMessage cue, Random random) {
        Duration ack = exponential(config.ackDelay(), random);
        if (cue.kind() == null || cue.kind() == CueKind.ANNOUNCEMENT || random.nextDouble() >= config.answerRate()) {
            return new Plan(ack, null, null);
        }
        AnswerMessage answer = cue.kind() == CueKind.QUESTION
                ? new AnswerMessage(cue.fireId(), null, SAMPLE_TEXTS[random.nextInt(SAMPLE_TEXTS.length)])
                : new AnswerMessage(cue.fireId(), Weighted.choice(Math.max(1, cue.options().size()),
                        config.choiceWeights(), random), null);
        return new Plan(ack, answer, exponential(config.answerDelay(), random));
    }

    static Duration exponential(Duration mean, Random random) {
        return Duration.ofMillis((long) (-Math.log(1 - random.nextDouble()) * mean.toMillis()));
    }
}
