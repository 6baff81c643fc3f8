package io.cuedeck.console.reports;

import io.cuedeck.protocol.AckLatency;
import io.cuedeck.protocol.FireReport;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The drill-down into one fire: its tiles, its funnel (targeted, delivered, acked, answered), the
 * ack latency distribution (p50, p95, p99, max) and the answers per option.
 */
final class FirePane extends VBox {

    static final String TITLE = "reports-fire-title";

    private final ReportsViewModel vm;
    private final ReportWords words;
    private final Label title = new Label();
    private final Label targeted;
    private final Label delivered;
    private final Label acked;
    private final Label answered;
    private final Label response;
    private final Label correct;
    private final CategoryAxis funnelAxis = new CategoryAxis();
    private final DoubleDataSet[] funnel;
    private final CategoryAxis latencyAxis = new CategoryAxis();
    private final DoubleDataSet[] latency;
    private final CategoryAxis answersAxis = new CategoryAxis();
    private final DoubleDataSet[] options;

    FirePane(ReportsViewModel vm) {
        super(10);
        this.vm = vm;
        this.words = vm.words();
        var i18n = vm.i18n();
        title.setId(TITLE);
        title.getStyleClass().add(io.cuedeck.console.theme.Styles.SHOW_TITLE);
        title.setWrapText(true);
        Tiles tiles = new Tiles();
        targeted = tiles.add("reports-fire-targeted", i18n.get("reports.funnel.targeted"));
        delivered = tiles.add("reports-fire-delivered", i18n.get("reports.funnel.delivered"));
        acked = tiles.add("reports-fire-acked", i18n.get("reports.funnel.acked"));
        answered = tiles.add("reports-fire-answered", i18n.get("reports.funnel.answered"));
        response = tiles.add("reports-fire-response", i18n.get("reports.col.response"));
        correct = tiles.add("reports-fire-correct", i18n.get("reports.tile.correct"));
        funnel = new DoubleDataSet[] {new DoubleDataSet(i18n.get("reports.chart.viewers"))};
        latency = new DoubleDataSet[] {new DoubleDataSet(i18n.get("reports.chart.ms"))};
        options = new DoubleDataSet[] {new DoubleDataSet(i18n.get("reports.tile.answers"))};
        var funnelChart = ReportCharts.barChart(i18n.get("reports.chart.viewers"), funnelAxis, funnel);
        funnelChart.setId("reports-fire-funnel");
        var latencyChart = ReportCharts.barChart(i18n.get("reports.chart.ms"), latencyAxis, latency);
        latencyChart.setId("reports-fire-latency");
        var answersChart = ReportCharts.barChart(i18n.get("reports.tile.answers"), answersAxis, options);
        answersChart.setId("reports-fire-answers");
        HBox charts = new HBox(10, ShowReportPane.panel(i18n.get("reports.chart.funnel"), funnelChart),
                ShowReportPane.panel(i18n.get("reports.chart.latency"), latencyChart),
                ShowReportPane.panel(i18n.get("reports.chart.options"), answersChart));
        charts.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox.setVgrow(charts, Priority.ALWAYS);
        Label none = new Label(i18n.get("reports.fire.none"));
        none.getStyleClass().add(io.cuedeck.console.theme.Styles.HINT);
        none.visibleProperty().bind(vm.fireProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        getChildren().addAll(none, title, tiles, charts);
        vm.fireProperty().addListener((o, a, f) -> show(f));
        show(vm.fireProperty().get());
    }

    private void show(FireReport f) {
        var i18n = vm.i18n();
        if (f == null) {
            title.setText("");
            List.of(targeted, delivered, acked, answered, response, correct).forEach(l -> l.setText("\u2014"));
            ReportCharts.bars(funnelAxis, List.of(), funnel, new double[1][0]);
            ReportCharts.bars(latencyAxis, List.of(), latency, new double[1][0]);
            ReportCharts.bars(answersAxis, List.of(), options, new double[1][0]);
            return;
        }
        title.setText(i18n.format("reports.fire.title", words.kind(f.kind()), f.prompt() == null ? "" : f.prompt(),
                words.clock(f.firedAt())));
        targeted.setText(words.count(f.targeted()));
        delivered.setText(words.count(f.delivered()));
        acked.setText(words.count(f.acks()));
        answered.setText(words.count(f.answers()));
        response.setText(words.percent(f.responseRate()));
        correct.setText(f.correct() == null ? "\u2014" : words.count(f.correct()));
        ReportCharts.bars(funnelAxis, List.of(i18n.get("reports.funnel.targeted"), i18n.get("reports.funnel.delivered"),
                i18n.get("reports.funnel.acked"), i18n.get("reports.funnel.answered")), funnel,
                new double[][] {{f.targeted(), f.delivered(), f.acks(), f.answers()}});
        AckLatency l = f.ackLatencyMs() == null ? AckLatency.NONE : f.ackLatencyMs();
        ReportCharts.bars(latencyAxis, List.of("p50", "p95", "p99", "max"), latency,
                new double[][] {{l.p50(), l.p95(), l.p99(), l.max()}});
        List<Long> counts = f.distribution() == null ? List.of() : f.distribution();
        List<String> names = new ArrayList<>();
        double[][] values = new double[1][counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            names.add(i18n.format("reports.option", i + 1));
            values[0][i] = counts.get(i);
        }
        ReportCharts.bars(answersAxis, names, options, values);
    }
}
