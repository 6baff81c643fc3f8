package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/**
 * The editor's capacity planning: planned moment (local time) and "push notification with it" on one
 * row that never squeezes the date, the hint wrapped under it (a narrow editor used to cut all three).
 */
final class CuePlanningFields extends VBox {

    static final String ID_PLANNED_AT = "editor-planned-at";
    static final String ID_PUSH = "editor-push";

    CuePlanningFields(CueEditorViewModel vm, I18n i18n, ValidationSupport validation) {
        super(4);
        CuePlanning planning = vm.form().planning();
        Label label = new Label(i18n.get("capacity.editor.plannedAt"));
        label.setMinWidth(Label.USE_PREF_SIZE);
        TextField at = new TextField();
        at.setId(ID_PLANNED_AT);
        at.setPromptText(i18n.get("capacity.editor.plannedAt.prompt"));
        at.setPrefColumnCount(12);
        at.setMinWidth(TextField.USE_PREF_SIZE);
        at.textProperty().bindBidirectional(planning.plannedTextProperty());
        CheckBox push = new CheckBox(i18n.get("capacity.editor.push"));
        push.setId(ID_PUSH);
        push.setMinWidth(CheckBox.USE_PREF_SIZE);
        push.selectedProperty().bindBidirectional(planning.pushProperty());
        Label hint = new Label(i18n.get("capacity.editor.hint"));
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        HBox row = new HBox(10, label, at, push);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, hint);
        LanguageTabs.register(validation, at, "plannedAt", vm);
    }
}
