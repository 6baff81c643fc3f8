package io.cuedeck.console.reports;

import io.cuedeck.console.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** A row of small figure tiles (label over value), each with an id for tests and screenshots. */
final class Tiles extends FlowPane {

    Tiles() {
        super(10, 10);
    }

    /** Adds a tile; answers its value label. */
    Label add(String id, String label) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TILE_LABEL);
        Label value = new Label("\u2014");
        value.setId(id);
        value.getStyleClass().add(Styles.TILE_VALUE);
        VBox tile = new VBox(2, name, value);
        tile.getStyleClass().addAll(Styles.TILE, Styles.REPORT_TILE);
        getChildren().add(tile);
        return value;
    }
}
