package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.Cue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A cue in the rundown list: kind, title, languages, and badges for NEXT, ARMED and LIVE.
 * Dragging a row onto another moves it there (the order is sent to the backend).
 */
final class CueListCell extends ListCell<Cue> {

    private final RundownViewModel vm;
    private final I18n i18n;

    CueListCell(RundownViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setPrefWidth(0);
        setOnDragDetected(e -> {
            if (getItem() != null) {
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(Integer.toString(getIndex()));
                board.setContent(content);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (e.getGestureSource() != this && e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragEntered(e -> getStyleClass().add(Styles.DROP_TARGET));
        setOnDragExited(e -> getStyleClass().remove(Styles.DROP_TARGET));
        setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasString()) {
                int from = Integer.parseInt(e.getDragboard().getString());
                int to = getItem() == null ? vm.cues().size() - 1 : getIndex();
                vm.edits().move(from, to);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    @Override
    protected void updateItem(Cue cue, boolean empty) {
        super.updateItem(cue, empty);
        getStyleClass().removeAll(Styles.CUE_CELL, Styles.CUE_NEXT, Styles.CUE_ARMED, Styles.CUE_LIVE);
        if (empty || cue == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        getStyleClass().add(Styles.CUE_CELL);
        Label number = new Label((getIndex() + 1) + ".");
        number.setMinWidth(28);
        Label kind = new Label(i18n.get("kind." + cue.kind().name().toLowerCase()).toUpperCase());
        kind.getStyleClass().add(Styles.CUE_KIND);
        Label langs = new Label(String.join(" ", cue.prompt().keySet()));
        langs.getStyleClass().add(Styles.HINT);
        // Kind over languages: the title keeps the width, even beside two badges.
        VBox meta = new VBox(kind, langs);
        Label title = new Label(CueText.title(cue));
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinWidth(40);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox row = new HBox(8, number, meta, title);
        row.setAlignment(Pos.CENTER_LEFT);
        FireControlViewModel fire = vm.fire();
        if (fire.fires().openFireOf(cue.id()).isPresent()) {
            row.getChildren().add(badge("badge.live", Styles.CUE_LIVE));
        }
        if (cue.id().equals(fire.armTake().armedCueId())) {
            row.getChildren().add(badge("badge.armed", Styles.CUE_ARMED));
        }
        if (cue.id().equals(vm.next().cueId())) {
            row.getChildren().add(badge("badge.next", Styles.CUE_NEXT));
        }
        row.getChildren().stream().filter(n -> n.getStyleClass().contains(Styles.BADGE))
                .forEach(n -> ((Label) n).setMinWidth(Label.USE_PREF_SIZE));
        setText(null);
        setGraphic(row);
    }

    private Label badge(String key, String style) {
        Label badge = new Label(i18n.get(key));
        badge.getStyleClass().addAll(Styles.BADGE, style);
        getStyleClass().add(style);
        return badge;
    }
}
