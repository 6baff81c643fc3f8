package io.cuedeck.console.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.control.ControlViewModel.Mode;
import io.cuedeck.console.session.ScriptedLink;
import io.cuedeck.protocol.Control;
import io.cuedeck.protocol.Control.Operator;
import io.cuedeck.protocol.console.ControlChanged;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Toolkit-free: the take-control strip's words and steps from scripted {@code control} events. */
class ControlViewModelTest {

    private final ScriptedLink link = new ScriptedLink();

    private ControlViewModel control(Locale locale) {
        ControlViewModel vm = new ControlViewModel(link.session, link.jobs, new I18n(locale), link.clock);
        link.session.addFeed(vm);
        link.pick("a");
        return vm;
    }

    private Operator alice(boolean you) {
        return new Operator("alice", "host", ScriptedLink.START, you);
    }

    private Operator bob(boolean you) {
        return new Operator("bob", "producer", ScriptedLink.START.plusSeconds(30), you);
    }

    private void told(Operator holder, Operator requester) {
        link.event(new ControlChanged(holder, requester, requester == null ? null : requester.since().plusSeconds(10)));
    }

    @Test
    void untilTheStreamSaysTheStripIsEmptyAndTakeIsNotStoppedByIt() {
        ControlViewModel vm = control(Locale.ENGLISH);
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.NONE);
        assertThat(vm.textProperty().get()).isEmpty();
        assertThat(vm.takeBlockedProperty().get()).isNull();

        told(null, null);
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.FREE);
        assertThat(vm.textProperty().get()).isEqualTo("Nobody has control: your first TAKE (or Take control) gets it.");
        assertThat(vm.takeBlockedProperty().get()).isNull();
    }

    @Test
    void theHolderSeesItHasControlAndWhoAsksForIt() {
        ControlViewModel vm = control(Locale.ENGLISH);
        told(alice(true), null);
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.MINE);
        assertThat(vm.textProperty().get()).isEqualTo("You have control.");

        told(alice(true), bob(false));
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.MINE_ASKED);
        assertThat(vm.textProperty().get()).isEqualTo("bob (producer) asks for control.");
        assertThat(vm.takeBlockedProperty().get()).isNull();
    }

    @Test
    void anotherConsolesControlStopsTakeWithTheReasonAndTheAskerMayForceOnlyOnceTheHolderHadItsTime() {
        ControlViewModel vm = control(Locale.ENGLISH);
        told(alice(false), null);
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.OTHER);
        assertThat(vm.textProperty().get()).isEqualTo("alice (host) has control (since 21:04:17).");
        assertThat(vm.takeBlockedProperty().get()).startsWith("TAKE is off: alice (host) has control on another console.");

        link.after(Duration.ofSeconds(30));
        told(alice(false), bob(true));
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.ASKING);
        assertThat(vm.canForceProperty().get()).isFalse();
        assertThat(vm.forceLabelProperty().get()).isEqualTo("Force take in 10 s");
        link.after(Duration.ofSeconds(7));
        vm.onSecond();
        assertThat(vm.forceLabelProperty().get()).isEqualTo("Force take in 3 s");
        link.after(Duration.ofSeconds(3));
        vm.onSecond();
        assertThat(vm.canForceProperty().get()).isTrue();
        assertThat(vm.forceLabelProperty().get()).isEqualTo("Force take");
        assertThat(vm.takeBlockedProperty().get()).isNotNull();
    }

    @Test
    void stepsGoToTheBackendAndItsAnswerIsShownAtOnce() {
        ControlViewModel vm = control(Locale.ENGLISH);
        told(alice(false), null);
        List<String> sent = new ArrayList<>();
        link.answers.put("controlStep", args -> {
            sent.add(args[0] + " " + args[1]);
            return new Control(alice(false), bob(true), ScriptedLink.START.plusSeconds(40));
        });

        vm.request();

        assertThat(sent).containsExactly("a request");
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.ASKING);
        vm.force();
        assertThat(sent).as("force waits for the holder's time").hasSize(1);
    }

    @Test
    void aRefusedStepSaysWhyInWords() {
        ControlViewModel vm = control(Locale.ENGLISH);
        told(alice(false), null);
        link.answers.put("controlStep", args -> {
            throw new io.cuedeck.connector.ConflictException(409, "conflict", "bob already asked alice for control; wait for the answer.", null);
        });
        vm.request();
        assertThat(vm.problemProperty().get()).isEqualTo("bob already asked alice for control; wait for the answer.");
    }

    @Test
    void anotherShowStartsFromNothingAndTheWordsAreInTraditionalChineseToo() {
        ControlViewModel vm = control(Locale.TRADITIONAL_CHINESE);
        told(alice(false), null);
        assertThat(vm.textProperty().get()).isEqualTo("alice（主持人） 持有控制權（自 21:04:17 起）。");
        link.pick("b");
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.NONE);
        assertThat(vm.takeBlockedProperty().get()).isNull();
    }
}
