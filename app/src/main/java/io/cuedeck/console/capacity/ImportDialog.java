package io.cuedeck.console.capacity;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.shell.Dialogs;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.ImportResult;
import java.io.File;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Import a calendar: an .ics file (typed or chosen) or a URL, then Preview, which lists what would
 * be added, changed and removed without storing anything, then Import. The step in progress shows
 * with a spinner and in words.
 */
final class ImportDialog {

    static final String ID = "import-dialog";

    private ImportDialog() {
    }

    static void show(CapacityViewModel vm, Dialogs dialogs) {
        I18n i18n = vm.i18n();
        CalendarImportModel model = vm.calendar();
        model.reset();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.getDialogPane().setId(ID);
        ButtonType importType = new ButtonType(i18n.get("capacity.import.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(i18n.get("capacity.import.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, close);
        TextField source = new TextField();
        source.setId("import-source");
        source.setPromptText(i18n.get("capacity.import.prompt"));
        source.textProperty().bindBidirectional(model.sourceProperty());
        HBox.setHgrow(source, Priority.ALWAYS);
        Button choose = new Button(i18n.get("capacity.import.choose"));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar (*.ics)", "*.ics"));
            File file = chooser.showOpenDialog(dialog.getOwner());
            if (file != null) {
                model.sourceProperty().set(file.getAbsolutePath());
            }
        });
        Button preview = new Button(i18n.get("capacity.import.preview"));
        preview.setId("import-preview");
        preview.setOnAction(e -> model.preview());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(model.busyProperty());
        Label progress = new Label();
        progress.setId("import-progress");
        progress.setWrapText(true);
        progress.textProperty().bind(model.progressProperty());
        ListView<String> added = list("import-added");
        ListView<String> changed = list("import-changed");
        ListView<String> removed = list("import-removed");
        Label addedTitle = new Label();
        Label changedTitle = new Label();
        Label removedTitle = new Label();
        Label skipped = new Label();
        skipped.getStyleClass().add(Styles.HINT);
        skipped.setWrapText(true);
        model.previewProperty().addListener((o, a, r) -> {
            ImportResult result = r;
            List<Boost> none = List.of();
            added.getItems().setAll(model.lines(result == null ? none : result.added()));
            changed.getItems().setAll(model.lines(result == null ? none : result.changed()));
            removed.getItems().setAll(model.lines(result == null ? none : result.removed()));
            addedTitle.setText(i18n.format("capacity.import.added", added.getItems().size()));
            changedTitle.setText(i18n.format("capacity.import.changed", changed.getItems().size()));
            removedTitle.setText(i18n.format("capacity.import.removed", removed.getItems().size()));
            skipped.setText(result == null || result.skipped().isEmpty() ? ""
                    : i18n.format("capacity.import.skipped", result.skipped().size(), result.skipped().get(0).title(),
                            result.skipped().get(0).reason()));
        });
        addedTitle.setText(i18n.format("capacity.import.added", 0));
        changedTitle.setText(i18n.format("capacity.import.changed", 0));
        removedTitle.setText(i18n.format("capacity.import.removed", 0));
        HBox row = new HBox(8, source, choose, preview, spinner);
        HBox lists = new HBox(10, column(addedTitle, added), column(changedTitle, changed), column(removedTitle, removed));
        Label hint = new Label(i18n.get("capacity.import.hint"));
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        VBox content = new VBox(10, row, hint, progress, lists, skipped);
        content.setPrefWidth(1120);
        dialog.getDialogPane().setContent(content);
        Button apply = (Button) dialog.getDialogPane().lookupButton(importType);
        apply.setId("import-apply");
        apply.disableProperty().bind(model.previewProperty().isNull().or(model.busyProperty()).or(model.doneProperty()));
        apply.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.apply();
        });
        dialogs.prepare(dialog, i18n.get("capacity.import.title"));
        dialog.show();
    }

    private static ListView<String> list(String id) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.setPrefHeight(220);
        list.setPrefWidth(360);
        return list;
    }

    private static VBox column(Label title, ListView<String> list) {
        title.getStyleClass().add(Styles.PANEL_TITLE);
        return new VBox(4, title, list);
    }
}
