package io.cuedeck.console.reports;

import io.cuedeck.console.live.FireMarker;
import io.cuedeck.console.live.LiveCharts;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.CurvePoint;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import javafx.collections.ObservableList;

/**
 * The ChartFX charts of a report: the viewer curve (time on x, a marker at every fire) and bar
 * charts over named categories (per-fire funnels, ack latency percentiles, answers per option).
 * A chart is built once; its data is replaced with {@link #curve} and {@link #bars}.
 */
final class ReportCharts {

    /** The share of a category's width that a group of side by side bars fills. */
    private static final double GROUP = 0.8;
    private static final String FIT = "cuedeck.fitBars";

    private ReportCharts() {
    }

    static XYChart curveChart(String yName, DoubleDataSet viewers, ObservableList<FireMarker> markers) {
        XYChart chart = LiveCharts.timeChart(yName, markers, viewers);
        chart.getStyleClass().add(Styles.REPORT_CHART);
        return chart;
    }

    static void curve(DoubleDataSet set, List<CurvePoint> points) {
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            x[i] = points.get(i).epochSecond();
            y[i] = points.get(i).viewers();
        }
        set.set(x, y);
    }

    static void seconds(DoubleDataSet set, List<io.cuedeck.protocol.reports.SecondCount> points) {
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            x[i] = points.get(i).epochSecond();
            y[i] = points.get(i).count();
        }
        set.set(x, y);
    }

    /** A bar chart whose x axis names {@code categories}; one bar group per category, one colour per set. */
    static XYChart barChart(String yName, CategoryAxis x, DoubleDataSet... sets) {
        x.setName(null);
        x.setUnit(null);
        x.setAutoRangeRounding(false);
        DefaultNumericAxis y = new DefaultNumericAxis(yName);
        y.setUnit(null);
        y.setForceZeroInRange(true);
        y.setAutoRangePadding(0.1);
        XYChart chart = new XYChart(x, y);
        chart.getStyleClass().addAll(Styles.CHART, Styles.REPORT_CHART);
        chart.setAnimated(false);
        chart.setLegendVisible(sets.length > 1);
        chart.setToolBarPinned(false);
        ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setPolyLineStyle(LineStyle.NONE);
        renderer.setDrawMarker(false);
        renderer.setDrawBars(true);
        renderer.setDynamicBarWidth(sets.length == 1);
        renderer.setBarWidthPercentage(60);
        // Side by side bars are placed by their x values (see bars()) and sized to their slot of
        // the axis here, not by ChartFX's shift, which narrows every further set's bars (the
        // second of two was a few pixels wide) and spaced them apart from the category.
        renderer.setShiftBar(false);
        if (sets.length > 1) {
            Runnable fit = () -> renderer.setBarWidth(Math.max(2,
                    (int) (x.getWidth() / Math.max(1, sets[0].getDataCount()) * GROUP / sets.length) - 2));
            x.widthProperty().addListener((o, a, b) -> fit.run());
            x.getProperties().put(FIT, fit);
        }
        renderer.getDatasets().addAll(sets);
        chart.getRenderers().setAll(renderer);
        return chart;
    }

    /** Replaces the categories and each set's values (values[set][category]). */
    static void bars(CategoryAxis x, List<String> categories, DoubleDataSet[] sets, double[][] values) {
        x.setCategories(categories.isEmpty() ? List.of(" ") : categories);
        // Half a bar group of room at both ends: with auto-ranging the first and last groups sat on
        // the chart's edges, their labels and shifted bars cut off.
        x.setAutoRanging(false);
        x.setMin(-0.5);
        x.setMax(Math.max(1, categories.size()) - 0.5);
        for (int s = 0; s < sets.length; s++) {
            // Set s of n sits at its slot of the group, centred on the category.
            double offset = sets.length == 1 ? 0 : (s - (sets.length - 1) / 2.0) * GROUP / sets.length;
            double[] xs = new double[categories.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = i + offset;
            }
            sets[s].set(xs, values[s]);
        }
        if (x.getProperties().get(FIT) instanceof Runnable fit) {
            fit.run();
        }
    }
}
