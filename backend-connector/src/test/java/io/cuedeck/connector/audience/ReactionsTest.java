package io.cuedeck.connector.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.viewer.CueMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReactionsTest {

    private static final AudienceConfig EVERYONE_ANSWERS = AudienceConfig.of(URI.create("http://127.0.0.1:1"), "s1", 1)
            .withReactions(Duration.ofMillis(200), 1.0, Duration.ofSeconds(2), Map.of(1, 0.0));

    private static CueMessage cue(CueKind kind, String... options) {
        return new CueMessage("f1", "c1", kind, "en", "?", List.of(options), Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aPollIsAnsweredWithAnOptionItHasAndTheWeightsDecideWhich() {
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            Reactions.Plan plan = new Reactions(EVERYONE_ANSWERS).to(cue(CueKind.POLL, "A", "B", "C"), random);
            assertThat(plan.answer().choice()).isIn(0, 2);
            assertThat(plan.answer().text()).isNull();
        }
    }

    @Test
    void aQuestionIsAnsweredInWordsAndAnAnnouncementOnlyAcknowledged() {
        Reactions reactions = new Reactions(EVERYONE_ANSWERS);

        assertThat(reactions.to(cue(CueKind.QUESTION), new Random(1)).answer().text()).isNotBlank();
        Reactions.Plan announcement = reactions.to(cue(CueKind.ANNOUNCEMENT), new Random(1));
        assertThat(announcement.answer()).isNull();
        assertThat(announcement.ackAfter()).isNotNull();
    }

    @Test
    void nobodyAnswersAtARateOfZero() {
        Reactions silent = new Reactions(EVERYONE_ANSWERS.withReactions(Duration.ofMillis(200), 0, Duration.ZERO, null));

        assertThat(silent.to(cue(CueKind.POLL, "A", "B"), new Random(5)).answer()).isNull();
    }

    @Test
    void delaysAverageTheConfiguredMean() {
        Random random = new Random(9);
        double sum = 0;
        for (int i = 0; i < 20_000; i++) {
            sum += Reactions.exponential(Duration.ofMillis(400), random).toMillis();
        }
        assertThat(sum / 20_000).isBetween(390.0, 410.0);
    }

    @Test
    void theSameSeedViewerAndFireAlwaysGiveTheSamePlanAndAnotherFireAnother() {
        Reactions reactions = new Reactions(EVERYONE_ANSWERS.withReactions(Duration.ofMillis(200), 0.5,
                Duration.ofSeconds(2), null));
        java.util.UUID viewer = java.util.UUID.randomUUID();
        CueMessage poll = cue(CueKind.POLL, "A", "B", "C");

        Reactions.Plan first = reactions.forViewer(viewer, poll);
        assertThat(reactions.forViewer(viewer, poll)).isEqualTo(first);
        long differentPlans = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> reactions.forViewer(viewer, new CueMessage("f" + i, "c1", CueKind.POLL, "en", "?",
                        List.of("A", "B", "C"), Instant.EPOCH, Instant.EPOCH)).answerAfter())
                .distinct().count();
        assertThat(differentPlans).as("fifty fires do not all get the same plan").isGreaterThan(10);
    }

    @Test
    void atAnAckRateOfZeroNobodyNoticesACueAndNobodyAnswersIt() {
        Reactions ignoring = new Reactions(EVERYONE_ANSWERS.withAckRate(0));

        Reactions.Plan plan = ignoring.to(cue(CueKind.POLL, "A", "B"), new Random(4));
        assertThat(plan.ackAfter()).isNull();
        assertThat(plan.answer()).isNull();
    }

    @Test
    void nobodyAnswersBeforeHalfTheMeanOrAfterTwiceIt() {
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            assertThat(Reactions.answerDelay(Duration.ofSeconds(4), random).toMillis()).isBetween(2_000L, 8_000L);
        }
    }
}
