package io.cuedeck.console.shell;

import io.cuedeck.console.theme.Theme;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Small modal questions in the console's theme. Only the views use it; view models never block on a user. */
public final class Dialogs {

    private final Window owner;
    private final String cancelText;

    public Dialogs(Window owner, String cancelText) {
        this.owner = owner;
        this.cancelText = cancelText;
    }

    /** Asks to confirm something that cannot be undone; the safe choice (cancel) is the default. */
    public boolean confirm(String title, String question, String confirmText) {
        ButtonType yes = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(cancelText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        prepare(alert, title);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setContentText(prompt);
        prepare(dialog, title);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Owner, title and theme for a dialog of a workspace. */
    public void prepare(Dialog<?> dialog, String title) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        Theme.apply(dialog.getDialogPane().getStylesheets());
    }
}
