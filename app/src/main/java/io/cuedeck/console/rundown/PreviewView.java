package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.Cue;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** What viewers will see of the armed cue, one tab per language, as the companion app shows it. */
final class PreviewView extends VBox {

    public static final String ID = "cue-preview";

    private final I18n i18n;
    private final TabPane languages = new TabPane();
    private final Label empty;

    PreviewView(I18n i18n) {
        this.i18n = i18n;
        setId(ID);
        getStyleClass().add(Styles.PREVIEW);
        Label heading = new Label(i18n.get("preview.title"));
        heading.getStyleClass().add(Styles.PANEL_TITLE);
        empty = new Label(i18n.get("preview.empty"));
        empty.getStyleClass().add(Styles.MUTED);
        empty.setWrapText(true);
        languages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getChildren().addAll(heading, empty);
    }

    void show(Cue cue) {
        getChildren().remove(languages);
        getChildren().remove(empty);
        languages.getTabs().clear();
        if (cue == null) {
            getChildren().add(empty);
            return;
        }
        for (Map.Entry<String, String> prompt : cue.prompt().entrySet()) {
            String lang = prompt.getKey();
            Label text = new Label(prompt.getValue());
            text.setWrapText(true);
            FlowPane options = new FlowPane(8, 8);
            for (Map<String, String> option : cue.options()) {
                Label choice = new Label(option.getOrDefault(lang, option.get(cue.defaultLang())));
                choice.getStyleClass().add(Styles.PREVIEW_OPTION);
                options.getChildren().add(choice);
            }
            Label window = new Label(i18n.format(cue.kind() == io.cuedeck.protocol.CueKind.ANNOUNCEMENT
                    ? "preview.onScreen" : "preview.window", cue.answerSeconds()));
            window.getStyleClass().add(Styles.HINT);
            languages.getTabs().add(new Tab(lang, new VBox(10, text, options, window)));
        }
        getChildren().add(languages);
    }
}
