package io.cuedeck.console.reports;

import io.cuedeck.console.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Placeholder of the Reports workspace: a title and a sentence saying it is not built yet. */
public final class ReportsView extends VBox {

    public static final String ID = "reports-placeholder";

    public ReportsView(ReportsViewModel vm) {
        setId(ID);
        getStyleClass().addAll(Styles.WORKSPACE, Styles.PLACEHOLDER);
        setAlignment(Pos.CENTER);
        Label title = new Label(vm.title());
        title.getStyleClass().add(Styles.SHOW_TITLE);
        Label text = new Label(vm.explanation());
        text.setWrapText(true);
        text.setMaxWidth(640);
        getChildren().addAll(title, text);
    }
}
