package io.cuedeck.server.engine.hot;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static io.cuedeck.server.engine.ContractSupport.now;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.reports.LeaderEntry;
import io.cuedeck.server.engine.cold.FireCounts;
import io.cuedeck.server.engine.hot.FireReach.Answer;
import io.cuedeck.server.engine.hot.FireReach.Batch;
import io.cuedeck.server.engine.hot.FireReach.Counter;
import io.cuedeck.server.engine.hot.FireReach.Sighting;
import io.cuedeck.server.engine.hot.FireReach.Step;
import io.cuedeck.server.engine.hot.FireReach.ViewerStep;
import io.cuedeck.server.engine.hot.Presence.Touch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link FireReach}: exact unique-viewer steps across nodes and repeats, and the report's counts. */
public abstract class FireReachContract extends HotPartContract {

    private final String show = id("show");
    private final String fire = id("fire");

    private void steps(HotEngine node, Step step, String... viewers) {
        List<ViewerStep> steps = new ArrayList<>();
        for (String v : viewers) {
            steps.add(new ViewerStep(show, fire, v, step));
        }
        node.reach().record(new Batch(steps, Map.of(), List.of(), List.of()));
    }

    private Answer answer(String viewer, int choice, String lang, long ms, boolean correct) {
        return new Answer(show, fire, viewer, choice, lang, ms, correct, 1_000 + ms / 1_000);
    }

    private FireCounts counts() {
        return engine().reach().counts(show, fire, 3).orElseThrow();
    }

    @Test
    void aFireNothingWasRecordedForHasNoCounts() {
        assertThat(engine().reach().counts(show, fire, 3)).isEmpty();
    }

    @Test
    void everyStepCountsUniqueViewersWhicheverNodeRecordsThemAndHowOften() {
        steps(engine(), Step.TARGETED, "a", "b", "c", "d");
        steps(otherNode(), Step.TARGETED, "a", "b");
        steps(engine(), Step.WRITTEN, "a", "b", "c");
        steps(otherNode(), Step.WRITTEN, "a", "c", "late1", "late2");
        steps(otherNode(), Step.ACKED, "a", "b", "late1");
        steps(engine(), Step.ACKED, "a");
        engine().reach().record(new Batch(List.of(), Map.of(), List.of(answer("a", 0, "en", 900, false),
                answer("late1", 1, "zh-TW", 1_200, false)), List.of()));

        FireCounts c = counts();
        assertThat(c.targeted()).isEqualTo(4);
        assertThat(c.reached()).isEqualTo(3);
        assertThat(c.acked()).isEqualTo(2);
        assertThat(c.answered()).isEqualTo(1);
        assertThat(c.lateJoiners()).isEqualTo(2);
        assertThat(c.lateAcked()).isEqualTo(1);
        assertThat(c.lateAnswered()).isEqualTo(1);
        assertThat(c.ackers()).isEqualTo(3);
        assertThat(c.answers()).isEqualTo(2);
    }

    @Test
    void presentAtTakeIsThePresentViewersAndTheTargetedOnesTogether() {
        Instant take = now();
        engine().presence().touch(List.of(new Touch(show, "h1", "ios"), new Touch(show, "h2", "web"),
                new Touch(show, "a", "web")), take.minusSeconds(10), Duration.ofSeconds(120));
        engine().presence().touch(List.of(new Touch(show, "gone", "ios")), take.minusSeconds(200), Duration.ofSeconds(120));

        assertThat(otherNode().reach().markPresent(show, fire, take)).isEqualTo(3);
        steps(engine(), Step.TARGETED, "a", "s1");

        assertThat(counts().presentAtTake()).isEqualTo(4);
        assertThat(counts().targeted()).isEqualTo(2);
    }

    @Test
    void aFirstAckIsTimedOnceAndTheMaximumIsExact() {
        ViewerStep a = new ViewerStep(show, fire, "a", Step.ACKED);
        ViewerStep b = new ViewerStep(show, fire, "b", Step.ACKED);
        engine().reach().record(new Batch(List.of(a, b), Map.of(a, 12L, b, 1_234L), List.of(), List.of()));
        otherNode().reach().record(new Batch(List.of(a), Map.of(a, 9_999L), List.of(), List.of()));

        FireCounts c = counts();
        assertThat(c.maxLatencyMs()).isEqualTo(1_234);
        assertThat(java.util.Arrays.stream(c.latency()).sum()).isEqualTo(2);
        assertThat(c.latency()[LatencyHistogram.bucketOf(12)]).isEqualTo(1);
    }

    @Test
    void answersCountPerOptionLanguageAndSecondOnceEachAndTheLeaderboardKeepsTheTenFastestCorrect() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(answer("q" + (char) ('a' + i), 2, i % 2 == 0 ? "en" : "ko", 100 + (i / 2) * 10L, true));
        }
        answers.add(answer("wrong", 0, "en", 1, false));
        engine().reach().record(new Batch(List.of(), Map.of(), answers, List.of()));
        otherNode().reach().record(new Batch(List.of(), Map.of(), List.of(answer("qa", 1, "en", 5, false)), List.of()));

        FireCounts c = counts();
        assertThat(c.answers()).isEqualTo(13);
        assertThat(c.options()).containsExactly(1, 0, 12);
        assertThat(c.byLanguage().get("en")).containsExactly(7, 1, 0, 6);
        assertThat(c.byLanguage().get("ko")).containsExactly(6, 0, 0, 6);
        assertThat(c.perSecond()).isEqualTo(Map.of(1_000L, 13L));
        assertThat(c.leaders()).extracting(LeaderEntry::viewerId)
                .containsExactly("qa", "qb", "qc", "qd", "qe", "qf", "qg", "qh", "qi", "qj");
        assertThat(c.leaders()).extracting(LeaderEntry::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(c.leaders().get(0).ms()).isEqualTo(100);
    }

    @Test
    void countersAddUpAndFailuresAndRefusalsSplitByReason() {
        engine().reach().record(new Batch(List.of(), Map.of(), List.of(), List.of(new Counter(show, fire, "writes", 5),
                new Counter(show, fire, "failed:closed", 2), new Counter(show, fire, "refused:duplicate", 1))));
        otherNode().reach().record(new Batch(List.of(), Map.of(), List.of(), List.of(new Counter(show, fire, "writes", 3),
                new Counter(show, fire, "failed:timeout", 1))));

        FireCounts c = counts();
        assertThat(c.writes()).isEqualTo(8);
        assertThat(c.failedWrites()).isEqualTo(3);
        assertThat(c.failures()).isEqualTo(Map.of("closed", 2L, "timeout", 1L));
        assertThat(c.refused()).isEqualTo(Map.of("duplicate", 1L));
    }

    @Test
    void concurrentBatchesFromBothNodesCountEachViewerOnce() throws Exception {
        List<String> viewers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            viewers.add(UUID.randomUUID().toString());
        }
        concurrently(8, i -> {
            HotEngine node = node(i);
            List<ViewerStep> steps = new ArrayList<>();
            for (String v : viewers) {
                steps.add(new ViewerStep(show, fire, v, Step.TARGETED));
                steps.add(new ViewerStep(show, fire, v, Step.WRITTEN));
            }
            node.reach().record(new Batch(steps, Map.of(), List.of(), List.of()));
            return null;
        });

        assertThat(counts().targeted()).isEqualTo(400);
        assertThat(counts().reached()).isEqualTo(400);
        assertThat(counts().lateJoiners()).isZero();
    }

    @Test
    void aShowsAudienceCountsEachViewerOnceWithItsFirstSighting() {
        engine().reach().seen(show, List.of(new Sighting("a", "ios", "tw", "zh-TW"), new Sighting("b", "web", "kr", "ko")));
        otherNode().reach().seen(show, List.of(new Sighting("a", "web", "us", "en"), new Sighting("c", "web", "unknown", "en")));

        FireReach.ShowAudience audience = engine().reach().audience(show);
        assertThat(audience.unique()).isEqualTo(3);
        assertThat(audience.platform()).isEqualTo(Map.of("ios", 1L, "web", 2L));
        assertThat(audience.region()).isEqualTo(Map.of("tw", 1L, "kr", 1L, "unknown", 1L));
        assertThat(audience.language()).isEqualTo(Map.of("zh-TW", 1L, "ko", 1L, "en", 1L));
        assertThat(engine().reach().audience(id("other")).unique()).isZero();
    }
}
