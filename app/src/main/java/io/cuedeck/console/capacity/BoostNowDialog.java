package io.cuedeck.console.capacity;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.shell.Dialogs;
import io.cuedeck.console.theme.Styles;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Boost now (button or Ctrl+B): the audience expected (viewers or units), how long to hold, and
 * why; the line under it says in viewers and units what will be asked, and a confirmation whose
 * default is Cancel says it again before anything is sent.
 */
final class BoostNowDialog {

    static final String ID = "boost-now-dialog";
    static final String ID_QUESTION = "boost-now-question";

    private BoostNowDialog() {
    }

    static void show(CapacityViewModel vm, Dialogs dialogs) {
        I18n i18n = vm.i18n();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.getDialogPane().setId(ID);
        ButtonType send = new ButtonType(i18n.get("capacity.boostNow"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(send,
                new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        TextField amount = new TextField("100000");
        amount.setId("boost-now-amount");
        TextField hold = new TextField("15");
        hold.setId("boost-now-hold");
        TextField reason = new TextField(i18n.get("capacity.boostNow.defaultReason"));
        reason.setId("boost-now-reason");
        reason.setPrefColumnCount(24);
        ToggleGroup unit = new ToggleGroup();
        RadioButton viewers = new RadioButton(i18n.get("capacity.form.viewers"));
        RadioButton units = new RadioButton(i18n.get("capacity.form.units"));
        viewers.setToggleGroup(unit);
        units.setToggleGroup(unit);
        viewers.setSelected(true);
        Label question = new Label();
        question.setId(ID_QUESTION);
        question.getStyleClass().add(Styles.NOTICE);
        question.setWrapText(true);
        Label message = new Label();
        message.getStyleClass().add(Styles.NOTICE_ERROR);
        message.textProperty().bind(vm.edits().messageProperty());
        vm.edits().messageProperty().set("");
        Runnable update = () -> {
            Long a = BoostForm.number(amount.getText());
            Long h = BoostForm.number(hold.getText());
            boolean ok = a != null && a > 0 && h != null && h >= 1 && h <= 720 && !reason.getText().isBlank();
            question.setText(ok ? vm.boostNowQuestion(a, viewers.isSelected(), h.intValue())
                    : i18n.get("capacity.boostNow.incomplete"));
            dialog.getDialogPane().lookupButton(send).setDisable(!ok);
        };
        amount.textProperty().addListener((o, a, b) -> update.run());
        hold.textProperty().addListener((o, a, b) -> update.run());
        reason.textProperty().addListener((o, a, b) -> update.run());
        viewers.selectedProperty().addListener((o, a, b) -> update.run());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("capacity.form.amount")), new HBox(8, amount, viewers, units));
        grid.addRow(1, new Label(i18n.get("capacity.boostNow.hold")), hold);
        grid.addRow(2, new Label(i18n.get("capacity.boostNow.reason")), reason);
        dialog.getDialogPane().setContent(new VBox(12, grid, question, message));
        update.run();
        Button button = (Button) dialog.getDialogPane().lookupButton(send);
        button.setId("boost-now-send");
        button.getStyleClass().add(Styles.DANGER_BUTTON);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Long a = BoostForm.number(amount.getText());
            int h = BoostForm.number(hold.getText()).intValue();
            String asked = vm.boostNowQuestion(a, viewers.isSelected(), h);
            if (dialogs.confirm(i18n.get("capacity.boostNow"), asked, i18n.get("capacity.boostNow.confirm"))) {
                vm.boostNow(a, viewers.isSelected(), h, reason.getText().strip());
                dialog.setResult(send);
                dialog.close();
            }
        });
        dialogs.prepare(dialog, i18n.get("capacity.boostNow"));
        dialog.show();
    }
}
