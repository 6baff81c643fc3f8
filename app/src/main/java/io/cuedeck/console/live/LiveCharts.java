package io.cuedeck.console.live;

import io.cuedeck.console.theme.Styles;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Builds the ChartFX charts of the Live workspace: time on x (the last hour), plain lines without
 * markers or error bars (cheap to draw at 3,600 points), and a vertical marker at every fire.
 */
public final class LiveCharts {

    private static final double TIME_LABEL_HALF_WIDTH = 34;

    private LiveCharts() {
    }

    public static XYChart timeChart(String yName, ObservableList<FireMarker> markers, DataSet... dataSets) {
        DefaultNumericAxis x = new DefaultNumericAxis();
        x.setTimeAxis(true);
        x.setAutoRangeRounding(false);
        x.setMaxMajorTickLabelCount(8);
        // Room beside the axis for half a time label: the first one ("20:52:50") is centred on the
        // chart's left edge and was clipped with ChartFX's default of 15 px.
        x.setAxisPadding(TIME_LABEL_HALF_WIDTH);
        x.setName(null);
        x.setUnit(null);
        DefaultNumericAxis y = new DefaultNumericAxis(yName);
        y.setUnit(null);
        y.setForceZeroInRange(true);
        y.setAutoRangePadding(0.1);
        XYChart chart = new XYChart(x, y);
        chart.getStyleClass().add(Styles.CHART);
        chart.setAnimated(false);
        chart.setLegendVisible(dataSets.length > 1);
        chart.setToolBarPinned(false);
        ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setPolyLineStyle(LineStyle.NORMAL);
        renderer.setDrawMarker(false);
        renderer.setPointReduction(true);
        renderer.setAllowNaNs(true);
        renderer.getDatasets().addAll(dataSets);
        chart.getRenderers().setAll(renderer);
        followMarkers(chart, x, markers);
        return chart;
    }

    private static void followMarkers(XYChart chart, DefaultNumericAxis x, ObservableList<FireMarker> markers) {
        List<XValueIndicator> shown = new ArrayList<>();
        Runnable redraw = () -> {
            chart.getPlugins().removeAll(shown);
            shown.clear();
            for (FireMarker marker : markers) {
                XValueIndicator indicator = new XValueIndicator(x, marker.epochSecond(), marker.label());
                indicator.setEditable(false);
                shown.add(indicator);
            }
            chart.getPlugins().addAll(shown);
        };
        markers.addListener((ListChangeListener<FireMarker>) change -> redraw.run());
        redraw.run();
    }
}
