package io.cuedeck.server.engine.cold;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostEvent;
import io.cuedeck.protocol.capacity.BoostSource;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.protocol.capacity.CalendarSubscription;
import io.cuedeck.protocol.capacity.CapacityAction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BoostStore}: boosts read back as written, versioned replaces that never overwrite a
 * concurrent change, time-range and unfinished queries, actions stored once under their id,
 * subscriptions; all durable across a reopen.
 */
public abstract class BoostStoreContract extends ColdPartContract {

    private final String show = id("show");

    private BoostStore boosts() {
        return store().boosts();
    }

    /** A boost starting {@code startHours} from t0, lasting two hours, with a fresh id. */
    protected Boost boost(double startHours, String showId, BoostStatus status) {
        Instant start = t0.plusSeconds((long) (startHours * 3600));
        return new Boost(id("b"), showId, "Evening news · 晚間新聞", start, start.plus(Duration.ofHours(2)), 12, null,
                12, 60, null, BoostSource.MANUAL, status, null, null, null, null,
                List.of(new BoostEvent(t0, status, "created")), t0, t0, 1);
    }

    private static Boost with(Boost b, BoostStatus status, long version) {
        List<BoostEvent> history = new ArrayList<>(b.history());
        history.add(new BoostEvent(b.updatedAt(), status, "moved"));
        return new Boost(b.id(), b.showId(), b.title(), b.start(), b.end(), b.targetUnits(), b.expectedViewers(),
                b.units(), b.leadMinutes(), b.holdMinutes(), b.source(), status, b.ref(), b.reason(), b.readyAt(),
                b.lastError(), history, b.createdAt(), b.updatedAt(), version);
    }

    @Test
    void aBoostReadsBackAsWrittenAndASecondCreateWithItsIdIsRefused() {
        Boost b = boost(3, show, BoostStatus.PLANNED);

        assertThat(boosts().create(b)).isTrue();
        assertThat(boosts().create(with(b, BoostStatus.READY, 1))).isFalse();

        assertThat(boosts().get(b.id())).contains(b);
        assertThat(boosts().get(id("b"))).isEmpty();
    }

    @Test
    void aReplaceWritesOnlyOverTheVersionItRead() {
        Boost b = boost(3, show, BoostStatus.PLANNED);
        boosts().create(b);

        assertThat(boosts().replace(with(b, BoostStatus.SCALING_UP, 2), 1)).isTrue();
        assertThat(boosts().replace(with(b, BoostStatus.CANCELLED, 2), 1)).as("a stale writer loses").isFalse();
        assertThat(boosts().replace(with(b, BoostStatus.READY, 2), 7)).isFalse();
        assertThat(boosts().replace(with(boost(3, show, BoostStatus.PLANNED), BoostStatus.READY, 2), 1))
                .as("a boost that does not exist").isFalse();

        Boost stored = boosts().get(b.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(BoostStatus.SCALING_UP);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.history()).hasSize(2);
    }

    @Test
    void ofConcurrentReplacesOverOneVersionOnOneOrTwoNodesExactlyOneWins() throws Exception {
        Boost b = boost(3, show, BoostStatus.PLANNED);
        boosts().create(b);

        List<Boolean> won = concurrently(8, i -> (i % 2 == 0 ? store() : otherNode()).boosts()
                .replace(with(b, i % 3 == 0 ? BoostStatus.CANCELLED : BoostStatus.SCALING_UP, 2), 1));

        assertThat(won).filteredOn(w -> w).hasSize(1);
        assertThat(boosts().get(b.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void betweenFindsBoostsWhoseWindowWithItsLeadOverlapsTheRangeOfAnyStatusInStartOrder() {
        Boost early = boost(1, show, BoostStatus.DONE);
        Boost leadOverlaps = boost(6.5, show, BoostStatus.PLANNED); // asks at 5.5 h
        Boost later = boost(30, show, BoostStatus.PLANNED);
        Boost cancelled = boost(4, show, BoostStatus.CANCELLED);
        Boost otherShow = boost(4, id("show"), BoostStatus.PLANNED);
        Boost noShow = boost(4, null, BoostStatus.READY);
        for (Boost b : List.of(later, early, leadOverlaps, cancelled, otherShow, noShow)) {
            boosts().create(b);
        }

        List<Boost> found = boosts().between(t0.plusSeconds(2 * 3600), t0.plusSeconds(6 * 3600), show);

        assertThat(found).extracting(Boost::id).containsExactly(early.id(), cancelled.id(), leadOverlaps.id());
        assertThat(boosts().between(t0.plusSeconds(2 * 3600), t0.plusSeconds(6 * 3600), null))
                .extracting(Boost::id).contains(early.id(), cancelled.id(), otherShow.id(), noShow.id(), leadOverlaps.id())
                .doesNotContain(later.id());
    }

    @Test
    void aBoostThatFinishesLeavesTheUnfinishedListAndIsStillFoundByTime() {
        Boost b = boost(2, show, BoostStatus.READY);
        boosts().create(b);
        assertThat(boosts().unfinished()).extracting(Boost::id).contains(b.id());

        boosts().replace(with(b, BoostStatus.DONE, 2), 1);

        assertThat(boosts().unfinished()).extracting(Boost::id).doesNotContain(b.id());
        assertThat(boosts().between(t0, t0.plusSeconds(5 * 3600), show)).extracting(Boost::status)
                .containsExactly(BoostStatus.DONE);
        boosts().replace(with(boosts().get(b.id()).orElseThrow(), BoostStatus.PLANNED, 3), 2);
        assertThat(boosts().unfinished()).extracting(Boost::id).contains(b.id());
        assertThat(boosts().between(t0, t0.plusSeconds(5 * 3600), show)).hasSize(1);
    }

    @Test
    void anActionIsStoredOnceUnderItsIdAndItsOutcomeReplacesThePendingOne() {
        String id = String.format("%013d", t0.toEpochMilli()) + id("").substring(1, 9);
        CapacityAction pending = new CapacityAction(id, t0, 12, "Evening news", "b1", CapacityAction.PENDING, null, null);

        assertThat(boosts().recordAction(pending)).isTrue();
        assertThat(boosts().recordAction(pending)).isFalse();
        CapacityAction done = new CapacityAction(id, t0, 12, "Evening news", "b1", CapacityAction.DONE, null,
                t0.plusSeconds(1));
        boosts().settleAction(done);

        assertThat(boosts().recentActions(50)).filteredOn(a -> a.id().equals(id)).containsExactly(done);
    }

    @Test
    void recentActionsAreNewestFirst() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant at = Instant.now().plusSeconds(86_400L * 365 * 20 + i); // newer than any other test's
            String id = String.format("%013d", at.toEpochMilli()) + i;
            ids.add(id);
            boosts().recordAction(new CapacityAction(id, at, i, "r", null, CapacityAction.PENDING, null, null));
        }

        assertThat(boosts().recentActions(2)).extracting(CapacityAction::id).containsExactly(ids.get(2), ids.get(1));
    }

    @Test
    void subscriptionsAreStoredReplacedAndForgotten() {
        String sid = id("sub");
        boosts().putSubscription(new CalendarSubscription(sid, "http://127.0.0.1/cal.ics", t0, null, 0, null));
        boosts().putSubscription(new CalendarSubscription(sid, "http://127.0.0.1/cal.ics", t0, t0, 4, "timed out"));

        assertThat(boosts().subscriptions()).filteredOn(s -> s.id().equals(sid)).singleElement()
                .satisfies(s -> assertThat(s.boosts()).isEqualTo(4));
        assertThat(boosts().deleteSubscription(sid)).isTrue();
        assertThat(boosts().deleteSubscription(sid)).isFalse();
        assertThat(boosts().subscriptions()).noneMatch(s -> s.id().equals(sid));
    }

    @Test
    void boostsActionsAndSubscriptionsSurviveAReopen() {
        Boost b = boost(3, show, BoostStatus.SCALING_UP);
        boosts().create(b);
        String id = String.format("%013d", t0.toEpochMilli()) + "reopen";
        boosts().recordAction(new CapacityAction(id, t0, 12, "r", b.id(), CapacityAction.PENDING, null, null));

        reopen();

        assertThat(store().boosts().get(b.id())).contains(b);
        assertThat(store().boosts().unfinished()).extracting(Boost::id).contains(b.id());
        assertThat(store().boosts().recentActions(100)).extracting(CapacityAction::id).contains(id);
    }
}
