package io.cuedeck.console.capacity;

import io.cuedeck.console.shell.Dialogs;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.capacity.Boost;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Capacity: the actions (add, import, Boost now), the provider's state and last error in words,
 * the timeline of boosts with the now line, the chart of desired, ready and viewers in units, the
 * selected boost (edit, delete, undo), and the preflight of the selected show.
 */
public final class CapacityView extends VBox {

    public static final String ID = "capacity-workspace";

    private final CapacityViewModel vm;
    private final Dialogs dialogs;

    public CapacityView(CapacityViewModel vm, Dialogs dialogs) {
        super(10);
        this.vm = vm;
        this.dialogs = dialogs;
        setId(ID);
        getStyleClass().add(Styles.WORKSPACE);
        var i18n = vm.i18n();
        Button add = button("capacity-add", i18n.get("capacity.add"), () -> BoostDialog.show(vm, dialogs, null));
        Button importing = button("capacity-import", i18n.get("capacity.import"), () -> ImportDialog.show(vm, dialogs));
        Button now = button("capacity-boost-now", i18n.get("capacity.boostNow.button"), this::boostNow);
        now.getStyleClass().add(Styles.DANGER_BUTTON);
        Button refresh = button("capacity-refresh", i18n.get("capacity.refresh"), vm::refresh);
        Label provider = label("capacity-provider", Styles.NOTICE);
        provider.textProperty().bind(vm.providerTextProperty());
        Label error = label("capacity-error", Styles.NOTICE_ERROR);
        error.textProperty().bind(vm.errorTextProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(10, add, importing, now, refresh, gap, provider);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = label("capacity-message", Styles.HINT);
        message.textProperty().bind(vm.edits().messageProperty());
        Button undo = button("capacity-undo", i18n.get("capacity.undo"), vm.edits()::undo);
        undo.visibleProperty().bind(vm.edits().lastDeletedProperty().isNotNull());
        HBox messages = new HBox(10, error, message, undo);
        messages.setAlignment(Pos.CENTER_LEFT);
        BoostTimeline timeline = new BoostTimeline(vm, this::editSelected);
        VBox strip = new VBox(4, title(i18n.get("capacity.timeline")), timeline);
        strip.getStyleClass().add(Styles.PANEL);
        CapacityChart chart = new CapacityChart(vm);
        HBox.setHgrow(chart, Priority.ALWAYS);
        VBox side = new VBox(10, selectedPanel(), new PreflightPanel(vm));
        side.setPrefWidth(420);
        side.setMinWidth(420);
        HBox body = new HBox(10, chart, side);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(actions, messages, strip, body);
        Timeline frame = new Timeline(new KeyFrame(javafx.util.Duration.millis(500), e -> vm.series().flush()));
        frame.setCycleCount(Animation.INDEFINITE);
        frame.play();
    }

    /** Opens Boost now (the button and Ctrl+B). */
    public void boostNow() {
        BoostNowDialog.show(vm, dialogs);
    }

    private void editSelected() {
        Boost b = vm.selectedProperty().get();
        if (b != null) {
            BoostDialog.show(vm, dialogs, b);
        }
    }

    private VBox selectedPanel() {
        var i18n = vm.i18n();
        Label what = label("capacity-selected", Styles.NOTICE);
        what.setWrapText(true);
        Label history = label("capacity-selected-history", Styles.HINT);
        history.setWrapText(true);
        Button edit = button("capacity-edit", i18n.get("capacity.edit"), this::editSelected);
        Button delete = button("capacity-delete", i18n.get("capacity.delete"), () -> {
            Boost b = vm.selectedProperty().get();
            if (b != null) {
                vm.edits().delete(b);
            }
        });
        Runnable show = () -> {
            Boost b = vm.selectedProperty().get();
            boolean none = b == null;
            edit.setDisable(none || b.status().finished());
            delete.setDisable(none || b.status().finished());
            if (none) {
                what.setText(i18n.get("capacity.selected.none"));
                history.setText("");
                return;
            }
            var w = vm.words();
            what.setText(i18n.format("capacity.selected", b.title(), w.status(b.status()), w.source(b.source()),
                    w.day(b.start()), w.clock(b.end()), w.target(b.units(), vm.perUnit()), b.leadMinutes()));
            var last = b.history().isEmpty() ? null : b.history().get(b.history().size() - 1);
            history.setText(last == null ? "" : w.clock(last.at()) + " \u00b7 " + last.detail());
        };
        vm.selectedProperty().addListener((o, a, b) -> show.run());
        show.run();
        VBox box = new VBox(6, title(i18n.get("capacity.selected.title")), what, history, new HBox(8, edit, delete));
        box.getStyleClass().add(Styles.PANEL);
        return box;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.PANEL_TITLE);
        return l;
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        return l;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
