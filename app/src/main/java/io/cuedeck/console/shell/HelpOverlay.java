package io.cuedeck.console.shell;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** F1: every shortcut of the console, from the same {@link Hotkeys} list that installs them. */
public final class HelpOverlay extends StackPane {

    public static final String ID = "help-overlay";

    public HelpOverlay(Hotkeys hotkeys, ShellViewModel shell, I18n i18n) {
        setId(ID);
        getStyleClass().add(Styles.OVERLAY);
        Label title = new Label(i18n.get("help.title"));
        title.getStyleClass().add(Styles.SHOW_TITLE);
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (Hotkeys.Entry entry : hotkeys.entries()) {
            Label keys = new Label(entry.keys());
            keys.getStyleClass().add(Styles.HOTKEY);
            grid.addRow(row++, keys, new Label(i18n.get(entry.descriptionKey())));
        }
        Label close = new Label(i18n.get("help.close"));
        close.getStyleClass().add(Styles.HINT);
        VBox card = new VBox(title, grid, close);
        card.getStyleClass().add(Styles.OVERLAY_CARD);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        visibleProperty().bind(shell.helpVisibleProperty());
        setOnMouseClicked(e -> shell.closeOverlay());
    }
}
