package io.cuedeck.console.capacity;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.shell.Dialogs;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.capacity.Boost;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Add or edit a boost: title, start and end (local time), the audience in viewers or units, the
 * lead time. Each field is checked as it is typed and marked (ControlsFX) with the problem in
 * words; Save sends nothing while there is one, and stays open with the server's answer if the
 * server refuses.
 */
final class BoostDialog {

    static final String ID = "boost-dialog";

    private BoostDialog() {
    }

    static void show(CapacityViewModel vm, Dialogs dialogs, Boost editing) {
        I18n i18n = vm.i18n();
        BoostEdits edits = vm.edits();
        BoostForm form = editing == null ? vm.newForm() : vm.editForm(editing);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.getDialogPane().setId(ID);
        ButtonType save = new ButtonType(i18n.get("capacity.form.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        TextField title = field("boost-title", form.titleProperty());
        TextField start = field("boost-start", form.startProperty());
        TextField end = field("boost-end", form.endProperty());
        TextField amount = field("boost-amount", form.amountProperty());
        TextField lead = field("boost-lead", form.leadProperty());
        start.setPromptText("2026-12-04 20:00");
        end.setPromptText("2026-12-04 22:00");
        ToggleGroup unit = new ToggleGroup();
        RadioButton viewers = new RadioButton(i18n.get("capacity.form.viewers"));
        RadioButton units = new RadioButton(i18n.get("capacity.form.units"));
        viewers.setToggleGroup(unit);
        units.setToggleGroup(unit);
        (form.inViewersProperty().get() ? viewers : units).setSelected(true);
        viewers.selectedProperty().addListener((o, a, b) -> form.inViewersProperty().set(b));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("capacity.form.title")), title);
        grid.addRow(1, new Label(i18n.get("capacity.form.start")), start);
        grid.addRow(2, new Label(i18n.get("capacity.form.end")), end);
        grid.addRow(3, new Label(i18n.get("capacity.form.amount")), new HBox(8, amount, viewers, units));
        grid.addRow(4, new Label(i18n.get("capacity.form.lead")), lead);
        Label hint = new Label(i18n.format("capacity.form.hint", vm.perUnit(), vm.maxUnits()));
        hint.getStyleClass().add(Styles.HINT);
        Label problems = new Label();
        problems.setId("boost-problems");
        problems.getStyleClass().add(Styles.NOTICE_ERROR);
        problems.setWrapText(true);
        problems.setMaxWidth(560);
        problems.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        edits.problems().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            problems.setText(String.join("\n", edits.problems().values()));
            if (dialog.getDialogPane().getScene() != null) { // grow with the list, never cut a problem off
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        Label message = new Label();
        message.setId("boost-message");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.textProperty().bind(edits.messageProperty());
        edits.messageProperty().set("");
        edits.problems().clear();
        dialog.getDialogPane().setContent(new VBox(10, grid, hint, problems, message));
        ValidationSupport validation = new ValidationSupport();
        Map<String, Control> fields = Map.of("title", title, "start", start, "end", end, "leadMinutes", lead);
        fields.forEach((name, control) -> register(validation, control, edits, name));
        validation.registerValidator(amount, false, (Control c, Object v) -> {
            String p = edits.problems().getOrDefault("expectedViewers", edits.problems().get("targetUnits"));
            return ValidationResult.fromErrorIf(c, p, p != null);
        });
        Runnable check = () -> {
            edits.check(form, vm.maxUnits(), vm.perUnit());
            validation.revalidate();
        };
        for (var p : java.util.List.of(form.titleProperty(), form.startProperty(), form.endProperty(), form.amountProperty(),
                form.leadProperty())) {
            p.addListener((o, a, b) -> check.run());
        }
        form.inViewersProperty().addListener((o, a, b) -> check.run());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("boost-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            check.run();
            edits.save(form, editing == null ? null : editing.id(), vm.maxUnits(), vm.perUnit(), b -> {
                dialog.setResult(save);
                dialog.close();
            });
            validation.revalidate();
        });
        dialogs.prepare(dialog, i18n.get(editing == null ? "capacity.form.add" : "capacity.form.edit"));
        dialog.show();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(18);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static void register(ValidationSupport validation, Control control, BoostEdits edits, String field) {
        validation.registerValidator(control, false, (Control c, Object v) -> {
            String p = edits.problems().get(field);
            return ValidationResult.fromErrorIf(c, p, p != null);
        });
    }
}
