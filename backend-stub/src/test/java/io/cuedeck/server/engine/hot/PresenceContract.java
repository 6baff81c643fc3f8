package io.cuedeck.server.engine.hot;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static io.cuedeck.server.engine.ContractSupport.now;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.engine.hot.Presence.Touch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Presence}: TTL, joins, leaves, platforms, and their atomicity across callers and nodes. */
public abstract class PresenceContract extends HotPartContract {

    private static final Duration TTL = Duration.ofSeconds(120);

    private final String show = id("show");

    private Presence presence() {
        return engine().presence();
    }

    private long touch(String viewer, String platform, Instant at) {
        return presence().touch(List.of(new Touch(show, viewer, platform)), at, TTL).getOrDefault(show, 0L);
    }

    @Test
    void aTouchedViewerIsPresentUntilTheTtlAfterItsTouch() {
        Instant t = now();
        touch("v1", "ios", t);

        assertThat(presence().count(show, t)).isEqualTo(1);
        assertThat(presence().count(show, t.plus(TTL).minusMillis(1))).isEqualTo(1);
        assertThat(presence().count(show, t.plus(TTL))).isZero();
    }

    @Test
    void presencesEndingWithinTheSameSecondEndEachAtItsOwnMillisecond() {
        Instant t = now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusMillis(100);
        touch("first", "ios", t);
        touch("second", "web", t.plusMillis(300));
        Instant between = t.plus(TTL).plusMillis(150);

        assertThat(presence().count(show, between)).isEqualTo(1);
        assertThat(presence().countByPlatform(show, between)).isEqualTo(Map.of("web", 1L));
        assertThat(presence().expire(show, between)).isEqualTo(1);
        assertThat(presence().count(show, between)).isEqualTo(1);
        assertThat(presence().count(show, t.plus(TTL).plusMillis(299))).isEqualTo(1);
        assertThat(presence().expire(show, t.plus(TTL).plusMillis(300))).isEqualTo(1);
        assertThat(presence().count(show, t.plus(TTL).plusMillis(300))).isZero();
    }

    @Test
    void theFirstTouchOfAViewerIsAJoinAndTouchesWhilePresentAreNot() {
        Instant t = now();

        assertThat(touch("v1", "web", t)).isEqualTo(1);
        assertThat(touch("v1", "web", t.plusSeconds(30))).isZero();
        assertThat(touch("v1", "web", t.plusSeconds(149))).isZero();
    }

    @Test
    void aViewerTouchedTwiceInOneBatchJoinsOnce() {
        Instant t = now();
        List<Touch> batch = List.of(new Touch(show, "v1", "ios"), new Touch(show, "v1", "ios"),
                new Touch(show, "v2", "ios"));

        assertThat(presence().touch(batch, t, TTL)).containsEntry(show, 2L);
        assertThat(presence().count(show, t)).isEqualTo(2);
    }

    @Test
    void joinsAreReportedPerShow() {
        String other = id("show");
        Instant t = now();
        List<Touch> batch = List.of(new Touch(show, "v1", "tv"), new Touch(other, "v1", "tv"),
                new Touch(other, "v2", "tv"));

        Map<String, Long> joins = presence().touch(batch, t, TTL);

        assertThat(joins).containsEntry(show, 1L).containsEntry(other, 2L);
        assertThat(presence().count(show, t)).isEqualTo(1);
        assertThat(presence().count(other, t)).isEqualTo(2);
    }

    @Test
    void aLaterTouchExtendsPresenceAndAnEarlierOneNeverShortensIt() {
        Instant t = now();
        touch("v1", "ios", t.plusSeconds(60));
        touch("v1", "ios", t);

        assertThat(presence().count(show, t.plus(TTL).plusSeconds(59))).isEqualTo(1);
        assertThat(presence().count(show, t.plus(TTL).plusSeconds(60))).isZero();
    }

    @Test
    void countLeavesOutEndedPresencesWithoutAnyExpire() {
        Instant t = now();
        touch("early", "ios", t);
        touch("late", "ios", t.plusSeconds(100));

        assertThat(presence().count(show, t.plus(TTL).plusSeconds(1))).isEqualTo(1);
        assertThat(presence().countByPlatform(show, t.plus(TTL).plusSeconds(1))).isEqualTo(Map.of("ios", 1L));
    }

    @Test
    void expireRemovesEndedViewersOnceAndCountsThemAsLeaves() {
        Instant t = now();
        touch("v1", "ios", t);
        touch("v2", "ios", t);
        touch("v3", "ios", t.plusSeconds(10));

        assertThat(presence().expire(show, t.plus(TTL).minusMillis(1))).isZero();
        assertThat(presence().expire(show, t.plus(TTL))).isEqualTo(2);
        assertThat(presence().expire(show, t.plus(TTL))).isZero();
        assertThat(presence().count(show, t.plus(TTL))).isEqualTo(1);
    }

    @Test
    void anEndedPresenceTouchedAgainBeforeExpireJoinsAgainAndLeavesOnce() {
        Instant t = now();
        touch("v1", "ios", t);
        Instant back = t.plus(TTL).plusSeconds(5);

        assertThat(touch("v1", "ios", back)).as("joins again").isEqualTo(1);
        assertThat(presence().expire(show, back)).as("the ended presence is one leave").isEqualTo(1);
        assertThat(presence().expire(show, back)).isZero();
        assertThat(presence().count(show, back)).isEqualTo(1);
    }

    @Test
    void aViewerCountsUnderThePlatformOfItsLatestTouch() {
        Instant t = now();
        touch("v1", "ios", t);
        touch("v1", "web", t.plusSeconds(1));
        touch("v2", "android", t.plusSeconds(1));

        assertThat(presence().countByPlatform(show, t.plusSeconds(2)))
                .isEqualTo(Map.of("web", 1L, "android", 1L));
    }

    @Test
    void platformCountsSumToTheCount() {
        Instant t = now();
        List<Touch> batch = new ArrayList<>();
        String[] platforms = {"ios", "android", "web", "tv", "other"};
        for (int i = 0; i < 500; i++) {
            batch.add(new Touch(show, "v" + i, platforms[i % platforms.length]));
        }
        presence().touch(batch, t, TTL);

        Map<String, Long> byPlatform = presence().countByPlatform(show, t);

        assertThat(byPlatform).hasSize(5).containsEntry("ios", 100L);
        assertThat(byPlatform.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(presence().count(show, t)).isEqualTo(500);
    }

    @Test
    void anUnknownShowHasNobody() {
        Instant t = now();

        assertThat(presence().count(id("show"), t)).isZero();
        assertThat(presence().countByPlatform(id("show"), t)).isEmpty();
        assertThat(presence().expire(id("show"), t)).isZero();
    }

    @Test
    void oneViewerTouchedConcurrentlyOnSeveralNodesJoinsOnce() throws Exception {
        Instant t = now();

        List<Long> joins = concurrently(50, i -> node(i).presence()
                .touch(List.of(new Touch(show, "v1", "ios")), t, TTL).getOrDefault(show, 0L));

        assertThat(joins.stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
        assertThat(presence().count(show, t)).isEqualTo(1);
    }

    @Test
    void concurrentExpiresOnSeveralNodesCountEachLeaveOnce() throws Exception {
        Instant t = now();
        List<Touch> batch = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            batch.add(new Touch(show, "v" + i, "web"));
        }
        presence().touch(batch, t, TTL);

        List<Long> leaves = concurrently(16, i -> node(i).presence().expire(show, t.plus(TTL)));

        assertThat(leaves.stream().mapToLong(Long::longValue).sum()).isEqualTo(1_000);
        assertThat(presence().count(show, t.plus(TTL))).isZero();
    }

    @Test
    void concurrentBatchesFromSeveralNodesCountEveryViewerOnce() throws Exception {
        Instant t = now();

        List<Long> joins = concurrently(20, i -> {
            List<Touch> batch = new ArrayList<>();
            for (int v = 0; v < 100; v++) {
                batch.add(new Touch(show, "v" + ((i * 50 + v) % 1_000), "ios"));
            }
            return node(i).presence().touch(batch, t, TTL).getOrDefault(show, 0L);
        });

        assertThat(joins.stream().mapToLong(Long::longValue).sum()).isEqualTo(1_000);
        assertThat(otherNode().presence().count(show, t)).isEqualTo(1_000);
    }
}
