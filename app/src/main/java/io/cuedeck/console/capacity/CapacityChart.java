package io.cuedeck.console.capacity;

import io.cuedeck.console.live.FireMarker;
import io.cuedeck.console.live.LiveCharts;
import io.fair_acc.chartfx.XYChart;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.layout.StackPane;

/**
 * Desired against ready units, and the viewers in units, over the timeline's 72 hours (ChartFX),
 * with the now line. The series are the view model's; the view flushes them on its frame.
 */
final class CapacityChart extends StackPane {

    static final String ID = "capacity-chart";

    private final ObservableList<FireMarker> nowMarker = FXCollections.observableArrayList();
    private final CapacityViewModel vm;

    CapacityChart(CapacityViewModel vm) {
        this.vm = vm;
        setId(ID);
        CapacitySeries s = vm.series();
        XYChart chart = LiveCharts.timeChart(vm.i18n().get("capacity.chart.units"), nowMarker, s.desired().dataSet(),
                s.ready().dataSet(), s.viewers().dataSet());
        chart.getStyleClass().add("capacity-chart");
        chart.setLegendVisible(true);
        getChildren().add(chart);
        vm.nowProperty().addListener((o, a, b) -> moveNow());
        moveNow();
    }

    private void moveNow() {
        double second = vm.nowProperty().get().getEpochSecond();
        if (nowMarker.isEmpty() || Math.abs(nowMarker.get(0).epochSecond() - second) >= 60) {
            nowMarker.setAll(new FireMarker("now", second, vm.i18n().get("capacity.now")));
        }
    }
}
