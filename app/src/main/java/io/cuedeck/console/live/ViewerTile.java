package io.cuedeck.console.live;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The big "viewers now" tile of the Live workspace with the change per minute. While the figures
 * are stale (see {@link Freshness}) it is dimmed and says, top right, as of when.
 */
final class ViewerTile extends VBox {

    private final AudienceFigures figures;
    private final Label value = new Label();
    private final Label delta = new Label();

    ViewerTile(AudienceFigures figures, Freshness freshness, I18n i18n) {
        this.figures = figures;
        setId(LiveView.ID_VIEWER_TILE);
        Label label = new Label(i18n.get("live.viewers"));
        label.getStyleClass().add(Styles.TILE_LABEL);
        Label asOf = new Label();
        asOf.setId(LiveView.ID_AS_OF);
        asOf.getStyleClass().add(Styles.STALE_CAPTION);
        asOf.setMinWidth(Region.USE_PREF_SIZE);
        asOf.textProperty().bind(freshness.asOfProperty());
        asOf.visibleProperty().bind(freshness.asOfProperty().isNotEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, label, gap, asOf);
        header.setAlignment(Pos.BASELINE_LEFT);
        value.setId(LiveView.ID_VIEWERS);
        value.getStyleClass().add(Styles.BIG_NUMBER);
        delta.setId(LiveView.ID_PER_MINUTE);
        delta.getStyleClass().add(Styles.TILE_DELTA);
        HBox number = new HBox(16, value, delta);
        number.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(header, number);
        getStyleClass().add(Styles.TILE);
        setMinWidth(420);
        Styles.markStale(this, freshness.staleProperty());
    }

    /** Copies the figures into the tile: on the view's frame, like the charts. */
    void refresh() {
        value.setText(figures.viewersText());
        delta.setText(figures.perMinuteText());
        long change = figures.perMinuteProperty().get();
        Styles.swap(delta, change > 0 ? Styles.STATE_LIVE : change < 0 ? Styles.STATE_ERROR : null, Styles.STATES);
    }
}
