package io.cuedeck.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.connector.TestBackend.ShowAndCue;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.Fire;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.Health;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.Me;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.ShowStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every method of the client and every error type, against a real backend on a random port. */
class ClientAgainstServerTest {

    @RegisterExtension
    static final RealBackend SERVER = new RealBackend();
    private static TestBackend backend;
    private static CuedeckClient producer;
    private static CuedeckClient host;
    private static CuedeckClient manager;

    @BeforeAll
    static void clients() {
        backend = SERVER.backend();
        producer = SERVER.producer();
        host = backend.client(TestBackend.HOST);
        manager = backend.client(TestBackend.MANAGER);
    }

    @AfterAll
    static void closeClients() {
        host.close();
        manager.close();
    }

    @Test
    void meSaysWhichTokenTheClientHoldsItsRoleAndTheShowOfAHostTiedToOne() {
        assertThat(producer.me()).isEqualTo(new Me("producer-1", "producer", null));
        assertThat(manager.me()).isEqualTo(new Me("manager-1", "manager", null));
        try (CuedeckClient newsHost = backend.client(TestBackend.NEWS_HOST);
                CuedeckClient stranger = backend.client("not-a-token")) {
            assertThat(newsHost.me()).isEqualTo(new Me("host-2", "host", "news"));
            assertThatThrownBy(stranger::me).isInstanceOf(UnauthorizedException.class);
        }
    }

    @Test
    void healthNeedsNoTokenAndNamesTheEngines() {
        try (CuedeckClient stranger = backend.client("not-a-token")) {
            Health health = stranger.health();

            assertThat(health.status()).isEqualTo("ok");
            assertThat(health.hot()).isEqualTo("memory");
            assertThat(health.cold()).isEqualTo("sqlite");
        }
    }

    @Test
    void aShowIsCreatedListedReadAndRenamed() {
        Instant start = Instant.parse("2030-05-01T19:00:00Z");
        Show created = producer.createShow(new NewShow("friday-quiz-" + System.nanoTime(), "Friday Quiz", start, null));

        assertThat(created.status()).isEqualTo(ShowStatus.DRAFT);
        assertThat(created.scheduledStart()).isEqualTo(start);
        assertThat(producer.shows()).extracting(Show::id).contains(created.id());
        assertThat(host.show(created.id()).title()).isEqualTo("Friday Quiz");

        Show renamed = producer.updateShow(created.id(), new ShowPatch(null, "Friday Quiz Night", null, null));
        assertThat(renamed.title()).isEqualTo("Friday Quiz Night");
        assertThat(producer.updateShow(created.id(), ShowPatch.status(ShowStatus.LIVE)).liveAt()).isNotNull();
    }

    @Test
    void cuesAreAddedEditedReorderedAndDeletedInRundownOrder() {
        String showId = producer.createShow(NewShow.titled("Rundown")).id();
        Cue poll = producer.addCue(showId, TestBackend.poll(30));
        Cue question = producer.addCue(showId, new CueDraft(CueKind.QUESTION, Map.of("en", "Where are you watching from?"),
                null, null, 60, "en"));
        Cue note = producer.addCue(showId, new CueDraft(CueKind.ANNOUNCEMENT, Map.of("en", "Back after the break"),
                null, null, 10, null));
        assertThat(producer.rundown(showId)).extracting(Cue::id).containsExactly(poll.id(), question.id(), note.id());

        assertThat(host.cue(showId, note.id()).kind()).isEqualTo(CueKind.ANNOUNCEMENT);
        Cue edited = producer.updateCue(showId, question.id(), new CueDraft(CueKind.QUESTION,
                Map.of("en", "Which city are you in?"), null, null, 45, "en"));
        assertThat(edited.prompt()).containsEntry("en", "Which city are you in?");
        assertThat(edited.answerSeconds()).isEqualTo(45);

        List<Cue> reordered = producer.reorder(showId, List.of(note.id(), poll.id(), question.id()));
        assertThat(reordered).extracting(Cue::id).containsExactly(note.id(), poll.id(), question.id());

        producer.deleteCue(showId, poll.id());
        assertThat(manager.rundown(showId)).extracting(Cue::id).containsExactly(note.id(), question.id());
    }

    @Test
    void aFireGoesOutAndIsClosedRevealedAndReported() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);

        FireReceipt receipt = host.fire(live.showId(), live.cueId(), false);
        assertThat(receipt.cueId()).isEqualTo(live.cueId());
        LiveStatus status = host.live(live.showId());
        assertThat(status.openFires()).extracting(f -> f.fireId()).containsExactly(receipt.fireId());

        Fire closed = host.close(live.showId(), receipt.fireId());
        assertThat(closed.closedAt()).isNotNull();
        assertThat(host.close(live.showId(), receipt.fireId()).closedAt()).as("closing twice answers the state")
                .isEqualTo(closed.closedAt());
        Fire revealed = host.reveal(live.showId(), receipt.fireId());
        assertThat(revealed.revealedAt()).isNotNull();
        assertThat(manager.fires(live.showId())).singleElement()
                .satisfies(f -> assertThat(f.revealedAt()).isEqualTo(revealed.revealedAt()));

        FireReport report = manager.fireReport(live.showId(), receipt.fireId());
        assertThat(report.fireId()).isEqualTo(receipt.fireId());
        assertThat(report.distribution()).hasSize(2);
        ShowReport show = manager.showReport(live.showId());
        assertThat(show.fires()).extracting(FireReport::fireId).containsExactly(receipt.fireId());
    }

    @Test
    void aManagerListsShowsByFilterAndComparesThemAndATooShortComparisonSaysWhy() {
        ShowAndCue a = TestBackend.livePoll(producer, 60);
        ShowAndCue b = TestBackend.livePoll(producer, 60);
        host.fire(a.showId(), a.cueId(), false);

        var comparison = manager.compareShows(java.util.List.of(b.showId(), a.showId()));
        java.util.List<Show> live = manager.shows(new io.cuedeck.protocol.reports.ShowQuery(null, null, null,
                io.cuedeck.protocol.ShowStatus.LIVE));

        assertThat(comparison.shows()).extracting(s -> s.showId()).containsExactly(b.showId(), a.showId());
        assertThat(comparison.shows().get(1).fires()).isEqualTo(1);
        assertThat(live).extracting(Show::id).contains(a.showId(), b.showId());
        assertThat(live).allSatisfy(s -> assertThat(s.status()).isEqualTo(io.cuedeck.protocol.ShowStatus.LIVE));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> manager.compareShows(java.util.List.of(a.showId())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("two to five");
    }

    @Test
    void theSameKeyAgainAnswersTheSameReceiptAndFiresOnce() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        String key = CuedeckClient.newIdempotencyKey();

        FireReceipt first = producer.fire(live.showId(), live.cueId(), key, false);
        FireReceipt again = producer.fire(live.showId(), live.cueId(), key, false);

        assertThat(again).isEqualTo(first);
        assertThat(producer.showReport(live.showId()).fires()).hasSize(1);
    }

    @Test
    void aRefireClosesTheOpenWindowAndFiresAgain() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        FireReceipt first = producer.fire(live.showId(), live.cueId(), false);

        FireReceipt second = producer.fire(live.showId(), live.cueId(), true);

        assertThat(second.fireId()).isNotEqualTo(first.fireId());
        assertThat(producer.live(live.showId()).openFires()).extracting(f -> f.fireId()).containsExactly(second.fireId());
    }

    @Test
    void aWrongTokenIsUnauthorized() {
        try (CuedeckClient stranger = backend.client("wrong-token")) {
            assertThatThrownBy(stranger::shows)
                    .isInstanceOf(UnauthorizedException.class)
                    .satisfies(e -> assertThat(((CuedeckException) e).status()).isEqualTo(401));
        }
    }

    @Test
    void aManagerMayReadButNotFireAndTheServerSaysWhy() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        assertThat(manager.rundown(live.showId())).hasSize(1);

        assertThatThrownBy(() -> manager.fire(live.showId(), live.cueId(), false))
                .isInstanceOf(ForbiddenException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    void aHostMayFireButNotEditTheRundown() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);

        assertThatThrownBy(() -> host.addCue(live.showId(), TestBackend.poll(20))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> host.createShow(NewShow.titled("Nope"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> host.showReport(live.showId())).as("reports are for producers and managers")
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anUnknownShowCueOrFireIsNotFound() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);

        assertThatThrownBy(() -> producer.show("no-such-show")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> producer.fire(live.showId(), "no-such-cue", false)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> producer.close(live.showId(), "no-such-fire")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void firingInAShowThatIsNotLiveIsAConflictNamedNotLive() {
        String showId = producer.createShow(NewShow.titled("Still a draft")).id();
        Cue cue = producer.addCue(showId, TestBackend.poll(30));

        assertThatThrownBy(() -> producer.fire(showId, cue.id(), false))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((CuedeckException) e).code()).isEqualTo("not_live"))
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    void firingACueWhoseWindowIsStillOpenIsAConflictNamedAlreadyOpen() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        producer.fire(live.showId(), live.cueId(), false);

        assertThatThrownBy(() -> producer.fire(live.showId(), live.cueId(), false))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((CuedeckException) e).code()).isEqualTo("already_open"));
    }

    @Test
    void reusingAKeyForAnotherCueIsAConflict() {
        ShowAndCue live = TestBackend.livePoll(producer, 60);
        Cue other = producer.addCue(live.showId(), TestBackend.poll(30));
        String key = CuedeckClient.newIdempotencyKey();
        producer.fire(live.showId(), live.cueId(), key, false);

        assertThatThrownBy(() -> producer.fire(live.showId(), other.id(), key, false))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("another cue");
    }

    @Test
    void aShowCannotGoBackToDraft() {
        String showId = producer.createShow(NewShow.titled("Over")).id();
        producer.updateShow(showId, ShowPatch.status(ShowStatus.ENDED));

        assertThatThrownBy(() -> producer.updateShow(showId, ShowPatch.status(ShowStatus.DRAFT)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anInvalidCueIsRefusedNamingTheFieldAndTheServersWords() {
        String showId = producer.createShow(NewShow.titled("Validation")).id();
        CueDraft missingChinese = new CueDraft(CueKind.POLL, Map.of("en", "Best?", "zh-TW", "最佳？"),
                List.of(Map.of("en", "A", "zh-TW", "甲"), Map.of("en", "B")), null, 30, "zh-TW");

        assertThatThrownBy(() -> producer.addCue(showId, missingChinese))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("options[1].zh-TW"))
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
        assertThat(producer.rundown(showId)).as("nothing stored").isEmpty();
    }

    @Test
    void aTitleThatIsTooLongIsAValidationErrorOnTitle() {
        assertThatThrownBy(() -> producer.createShow(NewShow.titled("x".repeat(201))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("title"));
    }
}
