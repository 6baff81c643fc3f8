package io.cuedeck.console.control;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.control.ControlViewModel.Mode;
import io.cuedeck.console.theme.Styles;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/**
 * The take-control strip under the show bar, in every workspace: who holds TAKE, in words and in
 * colour (green: this console; amber: someone asks, or this console waits; grey: another console),
 * the steps this console can take now, and the show's audit trail.
 */
public final class ControlView extends HBox {

    public static final String ID = "control-bar";
    public static final String ID_TEXT = "control-text";
    public static final String ID_TAKE = "control-take";
    public static final String ID_REQUEST = "control-request";
    public static final String ID_ACCEPT = "control-accept";
    public static final String ID_DECLINE = "control-decline";
    public static final String ID_RELEASE = "control-release";
    public static final String ID_FORCE = "control-force";
    public static final String ID_AUDIT = "control-audit";

    public ControlView(ControlViewModel vm, I18n i18n, Runnable openAudit) {
        setId(ID);
        getStyleClass().add(Styles.CONTROL_BAR);
        setAlignment(Pos.CENTER_LEFT);
        Circle dot = new Circle(6);
        dot.getStyleClass().add(Styles.STATUS_DOT);
        Label heading = new Label(i18n.get("control.heading"));
        heading.getStyleClass().add(Styles.MUTED);
        Label text = new Label();
        text.setId(ID_TEXT);
        text.textProperty().bind(vm.textProperty());
        text.setMinWidth(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.STATE_ERROR);
        problem.textProperty().bind(vm.problemProperty());
        Button take = button(ID_TAKE, i18n.get("control.take"), vm::take, vm, Set.of(Mode.FREE));
        Button request = button(ID_REQUEST, i18n.get("control.request"), vm::request, vm, Set.of(Mode.OTHER));
        Button accept = button(ID_ACCEPT, i18n.get("control.accept"), vm::accept, vm, Set.of(Mode.MINE_ASKED));
        accept.setDefaultButton(false);
        Button decline = button(ID_DECLINE, i18n.get("control.decline"), vm::decline, vm, Set.of(Mode.MINE_ASKED));
        Button release = button(ID_RELEASE, i18n.get("control.release"), vm::release, vm, Set.of(Mode.MINE));
        Button withdraw = button("control-withdraw", i18n.get("control.withdraw"), vm::release, vm, Set.of(Mode.ASKING));
        Button force = button(ID_FORCE, "", vm::force, vm, Set.of(Mode.ASKING));
        force.textProperty().bind(vm.forceLabelProperty());
        force.disableProperty().bind(vm.canForceProperty().not());
        force.getStyleClass().add(Styles.DANGER_BUTTON);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button audit = new Button(i18n.get("audit.open"));
        audit.setId(ID_AUDIT);
        audit.disableProperty().bind(vm.modeProperty().isEqualTo(Mode.NONE));
        audit.setOnAction(e -> openAudit.run());
        getChildren().addAll(dot, heading, text, take, request, accept, decline, release, withdraw, force, problem, grow,
                audit);
        vm.modeProperty().addListener((o, a, m) -> restyle(m, dot, text));
        restyle(vm.modeProperty().get(), dot, text);
    }

    private static Button button(String id, String label, Runnable action, ControlViewModel vm, Set<Mode> when) {
        Button b = new Button(label);
        b.setId(id);
        b.setOnAction(e -> action.run());
        BooleanBinding shown = Bindings.createBooleanBinding(() -> when.contains(vm.modeProperty().get()), vm.modeProperty());
        b.visibleProperty().bind(shown);
        b.managedProperty().bind(shown);
        return b;
    }

    private static void restyle(Mode mode, Circle dot, Label text) {
        String state = switch (mode) {
            case MINE -> Styles.STATE_LIVE;
            case MINE_ASKED, ASKING -> Styles.STATE_WARN;
            case NONE, FREE, OTHER -> Styles.STATE_IDLE;
        };
        Styles.swap(dot, state, Styles.STATES);
        Styles.swap(text, state, Styles.STATES);
    }
}
