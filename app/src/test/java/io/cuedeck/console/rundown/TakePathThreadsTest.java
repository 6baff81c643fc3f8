package io.cuedeck.console.rundown;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.connector.ConflictException;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.RecordingBackend;
import io.cuedeck.console.session.Session;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The TAKE path and the rundown's commands keep to their threads: what a command is for is read
 * when the producer presses, on the UI thread, and background work never reads the session. The
 * test holds background work in a queue and runs it by hand, so it can switch backends or shows
 * between a press and the start of its job, or finish an old job after a new one.
 */
class TakePathThreadsTest {

    private static final Instant AT = Instant.parse("2026-11-21T21:00:00Z");

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Jobs jobs = new Jobs(background::add, Runnable::run);
    private final Session session = new Session(jobs, Runnable::run);
    private final RundownViewModel vm = new RundownViewModel(session, jobs, new I18n(Locale.ENGLISH), Clock.systemUTC());

    TakePathThreadsTest() {
        session.addFeed(vm);
    }

    private static Show show(String id) {
        return new Show(id, "Show " + id, ShowStatus.LIVE, null, null, AT, AT, null);
    }

    private static Cue poll(String showId, String id) {
        return new Cue(id, showId, CueKind.POLL, Map.of("en", "Poll " + id), List.of(Map.of("en", "A"), Map.of("en", "B")),
                null, 30, "en", AT, AT);
    }

    private static RecordingBackend backend(String name) {
        return new RecordingBackend(name)
                .answer("rundown", args -> List.of(poll((String) args[0], args[0] + "-cue")))
                .answer("fire", args -> new FireReceipt("fire-1", (String) args[1], AT, AT.plusSeconds(30), 10));
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.pollFirst().run();
        }
    }

    private void runBackgroundNewestFirst() {
        while (!background.isEmpty()) {
            background.pollLast().run();
        }
    }

    @Test
    void aTakePressedBeforeABackendSwitchIsSentToTheBackendItWasPressedOn() {
        RecordingBackend studio = backend("studio");
        RecordingBackend rehearsal = backend("rehearsal");
        session.attach(studio.backend());
        session.setShow(show("tonight"));
        runBackground();
        vm.selectedProperty().set(vm.cues().get(0));
        vm.armSelected();

        vm.fire().take();
        session.attach(rehearsal.backend());
        session.setShow(show("tonight"));
        runBackground();

        assertThat(studio.calls("fire")).singleElement()
                .satisfies(call -> assertThat(call.args()).startsWith("tonight", "tonight-cue"));
        assertThat(rehearsal.calls("fire")).isEmpty();
    }

    @Test
    void aRundownThatArrivesAfterTheProducerPickedAnotherShowDoesNotLandOnIt() {
        RecordingBackend studio = backend("studio");
        session.attach(studio.backend());
        session.setShow(show("early"));
        session.setShow(show("late"));

        runBackgroundNewestFirst();

        assertThat(vm.cues()).extracting(Cue::showId).containsOnly("late");
    }

    @Test
    void aDuplicateWhoseMoveIsRefusedIsListedWhereTheBackendPutItAtTheEnd() {
        RecordingBackend studio = backend("studio")
                .answer("rundown", args -> List.of(poll("tonight", "a"), poll("tonight", "b")))
                .answer("addCue", args -> {
                    CueDraft d = (CueDraft) args[1];
                    return new Cue("copy", "tonight", d.kind(), d.prompt(), d.options(), null, 30, "en", AT, AT);
                })
                .answer("reorder", args -> {
                    throw new ConflictException(409, "conflict", "The rundown changed meanwhile.", null);
                });
        session.attach(studio.backend());
        session.setShow(show("tonight"));
        runBackground();
        vm.selectedProperty().set(vm.cues().get(0));

        vm.edits().duplicateSelected();
        runBackground();

        assertThat(studio.calls("addCue")).hasSize(1);
        assertThat(vm.cues()).extracting(Cue::id).containsExactly("a", "b", "copy");
        assertThat(vm.noticeProperty().get()).contains("added at the end");
        assertThat(vm.selectedProperty().get().id()).isEqualTo("copy");
    }

    @Test
    void aStreamThatOpensAfterItWasReplacedIsClosedInTheBackgroundNotOnTheUiThread() {
        RecordingBackend studio = backend("studio");
        session.attach(studio.backend());
        session.setShow(show("first"));
        session.setShow(show("second"));
        while (studio.calls("openConsoleStream").isEmpty()) {
            background.pollFirst().run(); // up to the first show's stream opening, late: the UI hears it, must not close it there
        }

        assertThat(studio.streamsClosed()).containsExactly(false);
        runBackground();
        assertThat(studio.streamsClosed()).first().isEqualTo(true);
    }
}
