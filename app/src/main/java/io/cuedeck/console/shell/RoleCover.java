package io.cuedeck.console.shell;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.session.TokenRole;
import io.cuedeck.console.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A workspace under a cover that says why a manager's token cannot use it (and offers to connect
 * with another token), shown while the console's token is a manager's; other roles see the
 * workspace as it is.
 */
public final class RoleCover extends StackPane {

    public RoleCover(Node workspace, ObservableValue<TokenRole> role, I18n i18n, String reasonKey, Runnable connect) {
        Label title = new Label(i18n.get("role.manager.title"));
        title.getStyleClass().add(Styles.SHOW_TITLE);
        Label reason = new Label(i18n.get(reasonKey));
        reason.setId("role-cover-reason");
        reason.setWrapText(true);
        reason.setMaxWidth(640);
        Button other = new Button(i18n.get("role.connect"));
        other.setOnAction(e -> connect.run());
        VBox cover = new VBox(12, title, reason, other);
        cover.setAlignment(Pos.CENTER);
        cover.getStyleClass().addAll(Styles.WORKSPACE, Styles.ROLE_COVER);
        getChildren().addAll(workspace, cover);
        Runnable apply = () -> {
            boolean manager = role.getValue() == TokenRole.MANAGER;
            cover.setVisible(manager);
            workspace.setVisible(!manager);
        };
        role.addListener((o, a, b) -> apply.run());
        apply.run();
    }
}
