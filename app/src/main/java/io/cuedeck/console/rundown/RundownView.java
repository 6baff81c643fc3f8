package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Settings;
import io.cuedeck.console.shell.Dialogs;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Rundown: the cue list (drag to reorder, Delete, Ctrl+D, Alt+Up/Down, Enter to TAKE), the editor,
 * and the fire controls. The divider positions are remembered per user.
 */
public final class RundownView extends SplitPane {

    public static final String ID_LIST = "rundown-list";
    public static final String ID_NOTICE = "rundown-notice";
    public static final String ID_UNDO = "rundown-undo";

    private final RundownViewModel vm;

    public RundownView(RundownViewModel vm, I18n i18n, Dialogs dialogs, Settings settings) {
        this.vm = vm;
        getStyleClass().add(Styles.WORKSPACE);
        ListView<Cue> list = new ListView<>(vm.cues());
        list.setId(ID_LIST);
        list.setCellFactory(l -> new CueListCell(vm, i18n));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, cue) -> {
            if (cue != null) {
                vm.selectedProperty().set(cue);
            }
        });
        vm.selectedProperty().addListener((o, a, cue) -> list.getSelectionModel().select(cue));
        for (Observable trigger : new Observable[] {vm.next().cueIdProperty(), vm.fire().armTake().armedCueIdProperty(),
                vm.fire().fires().latestProperty()}) {
            trigger.addListener(o -> list.refresh());
        }
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.fire().take();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.edits().deleteSelected();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.D) {
                vm.edits().duplicateSelected();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                vm.edits().undoDelete();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                int at = list.getSelectionModel().getSelectedIndex();
                vm.edits().move(at, at + (e.getCode() == KeyCode.UP ? -1 : 1));
            } else {
                return;
            }
            e.consume();
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label notice = new Label();
        notice.setId(ID_NOTICE);
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        VBox left = new VBox(8, toolbar(i18n), list, notice);
        left.getStyleClass().add(Styles.PANEL);

        CueEditorView editor = new CueEditorView(vm.editor(), vm::saveEditor, i18n);
        FireControlView fire = new FireControlView(vm, i18n, dialogs);
        getItems().addAll(left, editor, fire);
        setDividerPositions(settings.getDouble(Settings.RUNDOWN_DIVIDER, 0.34), 0.68);
        getDividers().get(0).positionProperty().addListener((o, a, p) ->
                settings.set(Settings.RUNDOWN_DIVIDER, Math.round(p.doubleValue() * 1000) / 1000.0));
    }

    private FlowPane toolbar(I18n i18n) {
        MenuButton add = new MenuButton(i18n.get("rundown.new"));
        for (CueKind kind : CueKind.values()) {
            MenuItem item = new MenuItem(i18n.get("kind." + kind.name().toLowerCase()));
            item.setOnAction(e -> vm.newCue(kind));
            add.getItems().add(item);
        }
        Button duplicate = button(i18n.get("rundown.duplicate"), vm.edits()::duplicateSelected);
        Button delete = button(i18n.get("rundown.delete"), vm.edits()::deleteSelected);
        Button undo = button(i18n.get("rundown.undo"), vm.edits()::undoDelete);
        undo.setId(ID_UNDO);
        undo.disableProperty().bind(vm.edits().canUndoProperty().not());
        Button next = button(i18n.get("rundown.markNext"), vm.next()::markSelected);
        FlowPane bar = new FlowPane(8, 8, add, duplicate, delete, undo, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(e -> action.run());
        return button;
    }
}
