package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.shell.Dialogs;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.Cue;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * ARM and TAKE with the reason TAKE is off, the preview of the armed cue, the countdown of the
 * open answer window, Close and Reveal, and the outcome of the last fire in words.
 */
public final class FireControlView extends VBox {

    public static final String ID_ARM = "fire-arm";
    public static final String ID_TAKE = "fire-take";
    public static final String ID_REASON = "fire-reason";
    public static final String ID_OUTCOME = "fire-outcome";
    public static final String ID_COUNTDOWN = "fire-countdown";
    public static final String ID_CLOSE = "fire-close";
    public static final String ID_REVEAL = "fire-reveal";

    public FireControlView(RundownViewModel rundown, I18n i18n, Dialogs dialogs) {
        FireControlViewModel vm = rundown.fire();
        getStyleClass().add(Styles.PANEL);
        Label heading = new Label(i18n.get("fire.title"));
        heading.getStyleClass().add(Styles.PANEL_TITLE);
        Button arm = new Button(i18n.get("fire.arm"));
        arm.setId(ID_ARM);
        arm.getStyleClass().add(Styles.ARM_BUTTON);
        arm.setOnAction(e -> rundown.armSelected());
        Button take = new Button(i18n.get("fire.take"));
        take.setId(ID_TAKE);
        take.getStyleClass().add(Styles.TAKE_BUTTON);
        take.disableProperty().bind(vm.takeBlockedProperty().isNotNull());
        take.setOnAction(e -> vm.take());
        HBox buttons = new HBox(10, arm, take);
        Label reason = new Label();
        reason.setId(ID_REASON);
        reason.setWrapText(true);
        reason.getStyleClass().add(Styles.STATE_WARN);
        reason.textProperty().bind(vm.takeBlockedProperty());

        PreviewView preview = new PreviewView(i18n);
        vm.armTake().armedCueIdProperty().addListener((o, a, id) -> preview.show(rundown.find(id)));

        Label countdown = new Label();
        countdown.setId(ID_COUNTDOWN);
        countdown.getStyleClass().add(Styles.COUNTDOWN);
        AnswerWindow answers = vm.window();
        countdown.textProperty().bind(answers.countdownProperty());
        Button close = new Button(i18n.get("fire.close"));
        close.setId(ID_CLOSE);
        close.disableProperty().bind(answers.canCloseProperty().not());
        close.setOnAction(e -> answers.close());
        Button reveal = new Button(i18n.get("fire.reveal"));
        reveal.setId(ID_REVEAL);
        reveal.disableProperty().bind(answers.canRevealProperty().not());
        reveal.setOnAction(e -> answers.reveal());
        HBox window = new HBox(12, countdown, close, reveal);
        window.setAlignment(Pos.CENTER_LEFT);

        Label outcome = new Label();
        outcome.setId(ID_OUTCOME);
        outcome.setWrapText(true);
        outcome.getStyleClass().add(Styles.NOTICE);
        outcome.textProperty().bind(vm.outcome().textProperty());
        vm.outcome().kindProperty().addListener((o, a, kind) -> Styles.swap(outcome,
                kind == FireOutcome.Kind.OK ? Styles.NOTICE_OK : kind == FireOutcome.Kind.ERROR ? Styles.NOTICE_ERROR : null,
                Styles.NOTICE_OK, Styles.NOTICE_ERROR));
        Styles.markStale(outcome, vm.outcome().staleProperty());
        getChildren().addAll(heading, buttons, reason, preview, window, outcome);

        vm.refireAskProperty().addListener((o, a, cueId) -> {
            if (cueId != null) {
                Platform.runLater(() -> askRefire(vm, rundown.find(cueId), i18n, dialogs));
            }
        });
    }

    private static void askRefire(FireControlViewModel vm, Cue cue, I18n i18n, Dialogs dialogs) {
        String title = cue == null ? "" : CueText.title(cue);
        if (dialogs.confirm(i18n.get("refire.title"), i18n.format("refire.question", title), i18n.get("refire.confirm"))) {
            vm.confirmRefire();
        } else {
            vm.cancelRefire();
        }
    }
}
