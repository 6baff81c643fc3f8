package io.cuedeck.console.live;

import io.cuedeck.console.theme.Styles;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A small tile of the Live workspace: a name over one figure, dimmed while the figures are stale. */
final class FigureTile extends VBox {

    private final Supplier<String> text;
    private final Label value = new Label();

    FigureTile(String name, Supplier<String> text, ObservableBooleanValue stale) {
        this.text = text;
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TILE_LABEL);
        value.getStyleClass().add(Styles.TILE_VALUE);
        getChildren().addAll(label, value);
        getStyleClass().add(Styles.TILE);
        setMinWidth(170);
        setAlignment(Pos.CENTER_LEFT);
        Styles.markStale(this, stale);
    }

    /** Copies the figure into the tile: on the view's frame, like the charts. */
    void refresh() {
        value.setText(text.get());
    }
}
