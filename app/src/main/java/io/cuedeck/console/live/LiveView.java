package io.cuedeck.console.live;

import io.cuedeck.console.common.Format;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import io.fair_acc.chartfx.XYChart;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
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
 * the rehearsal audience control (embedded backend only), the charts, and the latest fire.
 */
public final class LiveView extends VBox {

    public static final String ID_VIEWERS = "live-viewers";
    public static final String ID_PER_MINUTE = "live-per-minute";
    public static final String ID_VIEWER_CHART = "live-viewer-chart";
    public static final String ID_AUDIENCE = "live-audience";

    /** How often the charts take in new points and the tiles their numbers: twice a second. */
    public static final javafx.util.Duration FRAME = javafx.util.Duration.millis(500);

    private final I18n i18n;
    private final java.util.List<Runnable> frameTexts = new java.util.ArrayList<>();

    public LiveView(LiveViewModel vm, I18n i18n, Node welcome) {
        this.i18n = i18n;
        getStyleClass().add(Styles.WORKSPACE);
        HBox tiles = new HBox(12, viewerTile(vm),
                tile(i18n.get("live.heartbeats"), () -> Format.rate(vm.heartbeatsProperty().get(), i18n.locale())),
                tile(i18n.get("live.joins"), () -> Format.count(vm.joinsMinuteProperty().get(), i18n.locale())),
                tile(i18n.get("live.leaves"), () -> Format.count(vm.leavesMinuteProperty().get(), i18n.locale())));
        Node audience = audienceControl(vm.rehearsal());
        HBox.setHgrow(audience, Priority.ALWAYS);
        tiles.getChildren().add(audience);

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

    private Node viewerTile(LiveViewModel vm) {
        Label label = new Label(i18n.get("live.viewers"));
        label.getStyleClass().add(Styles.TILE_LABEL);
        Label value = new Label();
        value.setId(ID_VIEWERS);
        value.getStyleClass().add(Styles.BIG_NUMBER);
        frameTexts.add(() -> value.setText(Format.count(vm.viewersProperty().get(), i18n.locale())));
        Label delta = new Label();
        delta.setId(ID_PER_MINUTE);
        delta.getStyleClass().add(Styles.TILE_DELTA);
        frameTexts.add(() -> {
            long change = vm.perMinuteProperty().get();
            delta.setText(i18n.format("live.perMinute", Format.signed(change, i18n.locale())));
            Styles.swap(delta, change > 0 ? Styles.STATE_LIVE : change < 0 ? Styles.STATE_ERROR : null, Styles.STATES);
        });
        HBox number = new HBox(16, value, delta);
        number.setAlignment(Pos.BASELINE_LEFT);
        VBox tile = new VBox(label, number);
        tile.getStyleClass().add(Styles.TILE);
        tile.setMinWidth(420);
        return tile;
    }

    /** Copies the view model's numbers into the tiles: on the frame, like the charts. */
    private void refreshTiles() {
        frameTexts.forEach(Runnable::run);
    }

    private Node tile(String name, java.util.function.Supplier<String> text) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TILE_LABEL);
        Label value = new Label();
        value.getStyleClass().add(Styles.TILE_VALUE);
        frameTexts.add(() -> value.setText(text.get()));
        VBox tile = new VBox(label, value);
        tile.getStyleClass().add(Styles.TILE);
        tile.setMinWidth(170);
        tile.setAlignment(Pos.CENTER_LEFT);
        return tile;
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
