package io.cuedeck.console.shell;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.UiLanguage;
import io.cuedeck.console.theme.Styles;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Settings (Ctrl+,, the Settings… button): the console's language; see {@link SettingsViewModel}. */
public final class SettingsDialog extends Dialog<Void> {

    public static final String ID_LANGUAGE = "settings-language";
    public static final String ID_NEXT_START = "settings-next-start";

    public SettingsDialog(SettingsViewModel vm, I18n i18n, Dialogs dialogs) {
        dialogs.prepare(this, i18n.get("settings.title"));
        vm.reset();
        Label heading = new Label(i18n.get("settings.language"));
        heading.getStyleClass().add(Styles.PANEL_TITLE);
        ComboBox<UiLanguage> language = new ComboBox<>();
        language.setId(ID_LANGUAGE);
        language.getItems().setAll(vm.languages());
        language.setCellFactory(list -> new TextCell<>(vm::nameOf));
        language.setButtonCell(new TextCell<>(vm::nameOf));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        language.setPrefWidth(360);
        Label hint = new Label(i18n.get("settings.language.hint"));
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        Label nextStart = new Label();
        nextStart.setId(ID_NEXT_START);
        nextStart.getStyleClass().add(Styles.STATE_WARN);
        nextStart.setWrapText(true);
        nextStart.textProperty().bind(vm.nextStartProperty());
        nextStart.visibleProperty().bind(vm.nextStartProperty().isNotEmpty());
        nextStart.setMinHeight(Region.USE_PREF_SIZE);
        // The note appears while the dialog is open: let the window grow to show all of it.
        ChangeListener<String> grow = (o, a, b) -> Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        vm.nextStartProperty().addListener(grow);
        VBox content = new VBox(10, heading, language, hint, nextStart);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        ButtonType save = new ButtonType(i18n.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        setResultConverter(button -> {
            if (button == save) {
                vm.save();
            }
            return null;
        });
        setOnHidden(e -> {
            language.valueProperty().unbindBidirectional(vm.languageProperty());
            vm.nextStartProperty().removeListener(grow);
        });
    }
}
