package io.cuedeck.console.shell;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The left rail: one button per workspace, with its shortcut in the tooltip. */
public final class NavigationView extends VBox {

    public NavigationView(ShellViewModel shell, I18n i18n) {
        getStyleClass().add(Styles.NAV);
        ToggleGroup group = new ToggleGroup();
        int n = 1;
        for (Workspace workspace : Workspace.values()) {
            ToggleButton button = new ToggleButton(i18n.get(workspace.key()));
            button.setId("nav-" + workspace.name().toLowerCase());
            button.getStyleClass().add(Styles.NAV_BUTTON);
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(i18n.get(workspace.key()) + "  (Ctrl+" + n++ + ")"));
            button.setUserData(workspace);
            button.setSelected(shell.workspaceProperty().get() == workspace);
            button.setOnAction(e -> {
                shell.show(workspace);
                button.setSelected(true);
            });
            getChildren().add(button);
        }
        shell.workspaceProperty().addListener((o, a, now) -> group.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));
    }
}
