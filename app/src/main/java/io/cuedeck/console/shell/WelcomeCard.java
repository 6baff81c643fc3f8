package io.cuedeck.console.shell;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The first-run welcome on the Live workspace: what the newcomer is looking at, greeted in
 * English, Traditional Chinese and Korean (the seeds' languages), until dismissed.
 */
public final class WelcomeCard extends HBox {

    public WelcomeCard(ShellViewModel shell, I18n i18n) {
        getStyleClass().add(Styles.WELCOME);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        Label greeting = new Label(String.join("   \u00b7   ",
                new I18n(Locale.ENGLISH).get("welcome.hello"),
                new I18n(Locale.TRADITIONAL_CHINESE).get("welcome.hello"),
                new I18n(Locale.KOREAN).get("welcome.hello")));
        greeting.getStyleClass().add(Styles.SHOW_TITLE);
        Label body = new Label(i18n.get("welcome.body"));
        body.setWrapText(true);
        body.setMinHeight(Label.USE_PREF_SIZE);
        VBox text = new VBox(4, greeting, body);
        text.setPrefWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button ok = new Button(i18n.get("welcome.dismiss"));
        ok.setMinWidth(Button.USE_PREF_SIZE);
        ok.setOnAction(e -> shell.dismissWelcome());
        getChildren().addAll(text, ok);
        visibleProperty().bind(shell.welcomeVisibleProperty());
        managedProperty().bind(shell.welcomeVisibleProperty());
    }
}
