package io.cuedeck.console.live;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import io.fair_acc.chartfx.XYChart;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Live: the big viewer tile with its change per minute, tiles for heartbeats, joins and leaves,
 * the rehearsal audience control (embedded backend only), the Phones button, the charts, and the latest fire. The
 * tiles and the latest fire are dimmed while their figures are stale ({@link Freshness}).
 */
public final class LiveView extends VBox {

    public static final String ID_VIEWER_TILE = "live-viewer-tile";
    public static final String ID_VIEWERS = "live-viewers";
    public static final String ID_PER_MINUTE = "live-per-minute";
    public static final String ID_VIEWER_CHART = "live-viewer-chart";
    public static final String ID_AUDIENCE = "live-audience";
    /** The "as of 21:04:17" on the viewer tile while the figures are stale. */
    public static final String ID_AS_OF = "live-as-of";
    public static final String ID_FIRE = "live-fire";
    /** Opens the Phones window: the companion page's address and QR code. */
    public static final String ID_PHONES = "live-phones";

    /** How often the charts take in new points and the tiles their numbers: twice a second. */
    public static final javafx.util.Duration FRAME = javafx.util.Duration.millis(500);

    private final I18n i18n;
    private final java.util.List<Runnable> frameTexts = new java.util.ArrayList<>();

    public LiveView(LiveViewModel vm, I18n i18n, Node welcome, Runnable openPhones) {
        this.i18n = i18n;
        getStyleClass().add(Styles.WORKSPACE);
        AudienceFigures figures = vm.figures();
        ViewerTile viewerTile = new ViewerTile(figures, vm.freshness(), i18n);
        frameTexts.add(viewerTile::refresh);
        HBox tiles = new HBox(12, viewerTile, tile(vm, "live.heartbeats", figures::heartbeatsText),
                tile(vm, "live.joins", figures::joinsText), tile(vm, "live.leaves", figures::leavesText));
        Node audience = audienceControl(vm.rehearsal());
        HBox.setHgrow(audience, Priority.ALWAYS);
        tiles.getChildren().addAll(audience, phonesTile(openPhones));

        LiveSeries series = vm.series();
        XYChart viewers = LiveCharts.timeChart(i18n.get("live.chart.viewers"), vm.markers(), series.viewers().dataSet());
        viewers.setId(ID_VIEWER_CHART);
        XYChart heartbeats = LiveCharts.timeChart(i18n.get("live.chart.heartbeats"), vm.markers(), series.heartbeats().dataSet());
        XYChart flow = LiveCharts.timeChart(i18n.get("live.chart.flow"), vm.markers(), series.joins().dataSet(),
                series.leaves().dataSet());
        heartbeats.getStyleClass().add(Styles.CHART_HEARTBEATS);
        flow.getStyleClass().add(Styles.CHART_FLOW);
        viewers.setPrefHeight(330);
        heartbeats.setPrefHeight(230);
        flow.setPrefHeight(230);
        HBox.setHgrow(heartbeats, Priority.ALWAYS);
        HBox.setHgrow(flow, Priority.ALWAYS);
        HBox small = new HBox(12, heartbeats, flow);
        VBox charts = new VBox(12, viewers, small);
        VBox.setVgrow(viewers, Priority.ALWAYS);
        HBox.setHgrow(charts, Priority.ALWAYS);
        FirePanel fire = new FirePanel(vm, i18n);
        fire.setId(ID_FIRE);
        fire.setPrefWidth(380);
        fire.setMinWidth(380);
        HBox body = new HBox(12, charts, fire);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(welcome, tiles, body);
        refreshTiles();
        Timeline frames = new Timeline(new KeyFrame(FRAME, e -> {
            series.flush();
            refreshTiles();
        }));
        frames.setCycleCount(Animation.INDEFINITE);
        frames.play();
    }

    /** Copies the view model's numbers into the tiles: on the frame, like the charts. */
    private void refreshTiles() {
        frameTexts.forEach(Runnable::run);
    }

    private Node tile(LiveViewModel vm, String key, java.util.function.Supplier<String> text) {
        FigureTile tile = new FigureTile(i18n.get(key), text, vm.freshness().staleProperty());
        frameTexts.add(tile::refresh);
        return tile;
    }

    /** Real phones next to the simulated crowd: the companion page's address and QR code. */
    private Node phonesTile(Runnable openPhones) {
        Label label = new Label(i18n.get("companion.tile"));
        label.getStyleClass().add(Styles.TILE_LABEL);
        Button open = new Button(i18n.get("companion.open"));
        open.setId(ID_PHONES);
        open.setOnAction(e -> openPhones.run());
        VBox box = new VBox(4, label, open);
        box.getStyleClass().add(Styles.TILE);
        return box;
    }

    private Node audienceControl(RehearsalViewModel rehearsal) {
        Label label = new Label(i18n.get("rehearsal.title"));
        label.getStyleClass().add(Styles.TILE_LABEL);
        Spinner<Integer> size = new Spinner<>(RehearsalViewModel.MIN, RehearsalViewModel.MAX, rehearsal.chosen(), 50);
        size.setId(ID_AUDIENCE);
        size.setEditable(true);
        size.setPrefWidth(120);
        size.valueProperty().addListener((o, a, n) -> rehearsal.targetProperty().set(n));
        Button apply = new Button(i18n.get("rehearsal.apply"));
        apply.setOnAction(e -> rehearsal.apply());
        Label status = new Label();
        status.getStyleClass().add(Styles.HINT);
        status.textProperty().bind(rehearsal.statusProperty());
        HBox row = new HBox(8, size, apply);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, label, row, status);
        box.getStyleClass().add(Styles.TILE);
        box.visibleProperty().bind(rehearsal.availableProperty());
        box.setMaxWidth(300);
        return box;
    }
}
