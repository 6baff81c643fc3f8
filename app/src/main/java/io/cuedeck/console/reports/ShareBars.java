package io.cuedeck.console.reports;

import io.cuedeck.console.theme.Styles;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Rows of a name, a horizontal bar as long as its share, and the figure in words. Built from
 * plain regions and CSS classes rather than a chart: a row stays as thick as its text at any
 * window size and with any number of rows, where grouped chart bars shrank to a pixel or two.
 */
final class ShareBars extends GridPane {

    private int rows;

    ShareBars() {
        setHgap(8);
        setVgap(3);
        getStyleClass().add(Styles.REPORT_BARS);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints bar = new ColumnConstraints(40, 160, Double.MAX_VALUE);
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.setHalignment(HPos.RIGHT);
        getColumnConstraints().setAll(name, bar, value);
    }

    void clear() {
        getChildren().clear();
        rows = 0;
    }

    /** A row; {@code fraction} (0 to 1) of the bar is filled; {@code fillClasses} colour it. */
    void add(String name, double fraction, String value, String... fillClasses) {
        Label n = new Label(name);
        n.getStyleClass().add(Styles.REPORT_BAR_NAME);
        Region fill = new Region();
        fill.getStyleClass().add(Styles.REPORT_BAR_FILL);
        fill.getStyleClass().addAll(fillClasses);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add(Styles.REPORT_BAR_TRACK);
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(40);
        double share = Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
        // A non-zero share keeps a sliver, so "a few" never reads as "none".
        fill.maxWidthProperty().bind(track.widthProperty().multiply(share).add(share > 0 ? 2 : 0));
        fill.setMinWidth(0);
        fill.setMaxHeight(Double.MAX_VALUE);
        Label v = new Label(value);
        v.getStyleClass().add(Styles.REPORT_BAR_VALUE);
        addRow(rows++, n, track, v);
    }

    int rowCount() {
        return rows;
    }
}
