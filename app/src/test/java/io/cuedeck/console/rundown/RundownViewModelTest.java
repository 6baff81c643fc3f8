package io.cuedeck.console.rundown;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.EmbeddedRehearsal;
import io.cuedeck.console.session.EmbeddedStarter;
import io.cuedeck.console.session.Session;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Rundown view model without the FX toolkit, against the real embedded backend: backend calls
 * run on the calling thread; what the stream says is queued and pumped by the test, playing the UI
 * thread.
 */
class RundownViewModelTest {

    @TempDir
    Path home;

    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private EmbeddedRehearsal rehearsal;
    private EmbeddedStarter.Started started;
    private Session session;
    private RundownViewModel vm;

    @BeforeEach
    void start() {
        rehearsal = new EmbeddedRehearsal(home.resolve("backend"), Duration.ZERO);
        started = rehearsal.start(0);
        Jobs jobs = new Jobs(Runnable::run, Runnable::run);
        session = new Session(jobs, ui::add);
        vm = new RundownViewModel(session, jobs, new I18n(Locale.ENGLISH), Clock.systemUTC());
        session.addFeed(vm);
        session.attach(started.backend());
        session.setShow(started.backend().shows().stream()
                .filter(s -> s.id().equals(started.rehearsalShowId())).findFirst().orElseThrow());
        pumpUntil(session::isLive);
    }

    @AfterEach
    void stop() {
        session.shutdown();
        started.backend().close();
    }

    private void pumpUntil(BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean()) {
            try {
                Runnable next = ui.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    next.run();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
        }
    }

    private long firesOf(Cue cue) {
        return started.backend().showReport(session.show().id()).fires().stream()
                .filter(f -> f.cueId().equals(cue.id())).count();
    }

    private Cue first(CueKind kind) {
        return vm.cues().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void armThenTakeFiresOnceAndAQuickSecondTakeSendsNothing() {
        Cue poll = first(CueKind.POLL);
        vm.selectedProperty().set(poll);
        vm.armSelected();
        vm.fire().take();
        vm.fire().take();
        assertThat(vm.fire().outcome().textProperty().get()).startsWith("Sent to");
        assertThat(firesOf(poll)).isEqualTo(1);
        assertThat(vm.fire().takeBlockedProperty().get()).isEqualTo("Arm a cue first (F8).");
    }

    @Test
    void aSecondTakeOnALiveCueWaitsForAnExplicitRefire() {
        Cue quiz = first(CueKind.QUIZ);
        vm.selectedProperty().set(quiz);
        vm.armSelected();
        vm.fire().take();
        vm.selectedProperty().set(quiz);
        vm.armSelected();
        vm.fire().take();
        assertThat(vm.fire().refireAskProperty().get()).isEqualTo(quiz.id());
        assertThat(firesOf(quiz)).isEqualTo(1);
        vm.fire().confirmRefire();
        assertThat(firesOf(quiz)).isEqualTo(2);
    }

    @Test
    void takeIsOffWithAReasonWhenTheShowIsNotOnAir() {
        Show draft = started.backend().createShow(NewShow.titled("Tomorrow"));
        session.setShow(draft);
        pumpUntil(session::isLive);
        assertThat(vm.fire().takeBlockedProperty().get()).isEqualTo("TAKE is off: the show is not on air. Press Go live first.");
        vm.fire().take();
        assertThat(vm.fire().outcome().textProperty().get()).contains("not on air");
    }

    @Test
    void anInvalidCueIsNotSentAndNamesTheField() {
        int before = started.backend().rundown(session.show().id()).size();
        vm.newCue(CueKind.POLL);
        vm.editor().form().prompt("en").set("Who?");
        vm.saveEditor();
        assertThat(vm.editor().problemFor("prompt.zh-TW")).isEqualTo("The zh-TW prompt is empty.");
        assertThat(vm.editor().messageProperty().get()).startsWith("Not sent:");
        assertThat(started.backend().rundown(session.show().id())).hasSize(before);
    }

    @Test
    void aDeletedCueComesBackAtItsPlaceWithUndo() {
        List<String> titles = vm.cues().stream().map(CueText::title).toList();
        vm.selectedProperty().set(vm.cues().get(2));
        vm.edits().deleteSelected();
        assertThat(started.backend().rundown(session.show().id())).hasSize(titles.size() - 1);
        vm.edits().undoDelete();
        assertThat(started.backend().rundown(session.show().id()).stream().map(CueText::title).toList()).isEqualTo(titles);
        assertThat(vm.cues().stream().map(CueText::title).toList()).isEqualTo(titles);
    }

    @Test
    void reorderingIsSentToTheBackend() {
        String firstId = vm.cues().get(0).id();
        vm.edits().move(0, 3);
        assertThat(started.backend().rundown(session.show().id()).get(3).id()).isEqualTo(firstId);
    }
}
