package io.cuedeck.console.capacity;

import io.cuedeck.console.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Placeholder of the Capacity workspace: a title and a sentence saying it is not built yet. */
public final class CapacityView extends VBox {

    public static final String ID = "capacity-placeholder";

    public CapacityView(CapacityViewModel vm) {
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
