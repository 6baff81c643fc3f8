package io.cuedeck.connector.audience;

import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.protocol.viewer.CueMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;

/**
 * What a person in the crowd does with a cue. With the config's ack rate they notice it (the others'
 * apps are in the background: nothing happens); those who notice acknowledge it after a short while
 * and, with the config's answer rate, answer it after a longer while: a choice drawn from the choice
 * weights, a few words for a question, nothing for an announcement.
 *
 * <p>Delays are drawn around the config's means. An ack comes after an exponential delay, at most
 * five times the mean. An answer comes after a reading time of half the mean plus an exponential
 * delay of half the mean, at most twice the mean in all: nobody answers a poll in the millisecond it
 * appears, and a show's answer window is not held open by a tail that never ends.
 *
 * <p>{@link #forViewer} makes the choice repeatable: the same seed, viewer and fire always give the
 * same plan, whatever order cues arrive in on the crowd's threads.
 */
final class Reactions {

    /** The plan for one cue; {@code ackAfter} is null when this person ignores it, {@code answer} when they do not answer. */
    record Plan(Duration ackAfter, AnswerMessage answer, Duration answerAfter) {
    }

    private static final String[] SAMPLE_TEXTS = {"Great show!", "Who wrote this song?", "Hello from home", "More please"};

    private final AudienceConfig config;

    Reactions(AudienceConfig config) {
        this.config = config;
    }

    /** This viewer's plan for this cue, the same every time for the config's seed. */
    Plan forViewer(UUID viewerId, CueMessage cue) {
        long fire = UUID.nameUUIDFromBytes(cue.fireId().getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
        long mixed = config.seed() * 0x9E3779B97F4A7C15L ^ viewerId.getMostSignificantBits()
                ^ Long.rotateLeft(viewerId.getLeastSignificantBits(), 17) ^ Long.rotateLeft(fire, 31);
        return to(cue, new Random(mixed));
    }

    Plan to(CueMessage cue, Random random) {
        if (random.nextDouble() >= config.ackRate()) {
            return new Plan(null, null, null);
        }
        Duration ack = capped(exponential(config.ackDelay(), random), config.ackDelay().multipliedBy(5));
        if (cue.kind() == null || cue.kind() == CueKind.ANNOUNCEMENT || random.nextDouble() >= config.answerRate()) {
            return new Plan(ack, null, null);
        }
        AnswerMessage answer = cue.kind() == CueKind.QUESTION
                ? new AnswerMessage(cue.fireId(), null, SAMPLE_TEXTS[random.nextInt(SAMPLE_TEXTS.length)])
                : new AnswerMessage(cue.fireId(), Weighted.choice(Math.max(1, cue.options().size()),
                        config.choiceWeights(), random), null);
        return new Plan(ack, answer, answerDelay(config.answerDelay(), random));
    }

    /** Half the mean to read, then an exponential delay of half the mean; at most twice the mean. */
    static Duration answerDelay(Duration mean, Random random) {
        Duration half = mean.dividedBy(2);
        return capped(half.plus(exponential(half, random)), mean.multipliedBy(2));
    }

    static Duration exponential(Duration mean, Random random) {
        return Duration.ofMillis((long) (-Math.log(1 - random.nextDouble()) * mean.toMillis()));
    }

    private static Duration capped(Duration delay, Duration most) {
        return delay.compareTo(most) > 0 ? most : delay;
    }
}
