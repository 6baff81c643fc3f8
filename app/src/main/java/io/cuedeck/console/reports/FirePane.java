package io.cuedeck.console.reports;

import io.cuedeck.protocol.AckLatency;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.reports.FireFunnel;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The drill-down into one fire: its tiles, its unique-viewer funnel (present at TAKE, targeted,
 * reached, acked, answered; "reached, late joiners included" labelled apart), the ack latency
 * distribution (p50, p95, p99, max), the answers per option, the answers per second over the
 * window beside a quiz's leaderboard (the ten fastest correct viewers), and the answers per language.
 */
final class FirePane extends VBox {

    static final String TITLE = "reports-fire-title";

    private final ReportsViewModel vm;
    private final ReportWords words;
    private final Label title = new Label();
    private final Label present;
    private final Label targeted;
    private final Label reached;
    private final Label withLate;
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
    private final DoubleDataSet perSecond;
    private final LeaderTable leaders;
    private final Label languages = new Label();
    private final Label timeNote = new Label();

    FirePane(ReportsViewModel vm) {
        super(10);
        this.vm = vm;
        this.words = vm.words();
        var i18n = vm.i18n();
        title.setId(TITLE);
        title.getStyleClass().add(io.cuedeck.console.theme.Styles.SHOW_TITLE);
        title.setWrapText(true);
        Tiles tiles = new Tiles();
        present = tiles.add("reports-fire-present", i18n.get("reports.funnel.present"));
        targeted = tiles.add("reports-fire-targeted", i18n.get("reports.funnel.targeted"));
        reached = tiles.add("reports-fire-reached", i18n.get("reports.funnel.reached"));
        withLate = tiles.add("reports-fire-late", i18n.get("reports.funnel.withLate"));
        acked = tiles.add("reports-fire-acked", i18n.get("reports.funnel.acked"));
        answered = tiles.add("reports-fire-answered", i18n.get("reports.funnel.answered"));
        response = tiles.add("reports-fire-response", i18n.get("reports.col.response"));
        correct = tiles.add("reports-fire-correct", i18n.get("reports.tile.correct"));
        perSecond = new DoubleDataSet(i18n.get("reports.chart.perSecond"));
        leaders = new LeaderTable(i18n, words);
        funnel = new DoubleDataSet[] {new DoubleDataSet(i18n.get("reports.chart.viewers"))};
        latency = new DoubleDataSet[] {new DoubleDataSet(i18n.get("reports.chart.ms"))};
        options = new DoubleDataSet[] {new DoubleDataSet(i18n.get("reports.tile.answers"))};
        var funnelChart = ReportCharts.barChart(i18n.get("reports.chart.viewers"), funnelAxis, funnel);
        funnelChart.setId("reports-fire-funnel");
        var latencyChart = ReportCharts.barChart(i18n.get("reports.chart.ms"), latencyAxis, latency);
        latencyChart.setId("reports-fire-latency");
        var answersChart = ReportCharts.barChart(i18n.get("reports.tile.answers"), answersAxis, options);
        answersChart.setId("reports-fire-answers");
        var overTime = ReportCharts.curveChart(i18n.get("reports.tile.answers"), perSecond,
                javafx.collections.FXCollections.observableArrayList());
        overTime.setId("reports-fire-over-time");
        HBox charts = new HBox(10, ShowReportPane.panel(i18n.get("reports.chart.funnel"), funnelChart),
                ShowReportPane.panel(i18n.get("reports.chart.latency"), latencyChart),
                ShowReportPane.panel(i18n.get("reports.chart.options"), answersChart));
        charts.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox.setVgrow(charts, Priority.ALWAYS);
        charts.setMinHeight(260);
        languages.setId("reports-fire-languages");
        languages.setWrapText(true);
        languages.getStyleClass().add(io.cuedeck.console.theme.Styles.HINT);
        VBox time = ShowReportPane.panel(i18n.get("reports.chart.overTime"), overTime);
        timeNote.setId("reports-fire-time-note");
        timeNote.getStyleClass().add(io.cuedeck.console.theme.Styles.NOTICE_ERROR);
        timeNote.managedProperty().bind(timeNote.textProperty().isNotEmpty());
        time.getChildren().add(1, timeNote);
        time.setMinHeight(220);
        VBox board = ShowReportPane.panel(i18n.get("reports.leaders.title"), leaders);
        board.setPrefWidth(510);
        board.setMinWidth(360);
        HBox bottom = new HBox(10, time, board);
        HBox.setHgrow(time, Priority.ALWAYS);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        Label none = new Label(i18n.get("reports.fire.none"));
        none.getStyleClass().add(io.cuedeck.console.theme.Styles.HINT);
        none.visibleProperty().bind(vm.fireProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        getChildren().addAll(none, title, tiles, languages, charts, bottom);
        vm.fireProperty().addListener((o, a, f) -> show(f));
        show(vm.fireProperty().get());
    }

    private void show(FireReport f) {
        var i18n = vm.i18n();
        if (f == null) {
            title.setText("");
            List.of(present, targeted, reached, withLate, acked, answered, response, correct)
                    .forEach(l -> l.setText("\u2014"));
            ReportCharts.seconds(perSecond, List.of());
            languages.setText("");
            leaders.show(Leaders.of(null, words, i18n));
            ReportCharts.bars(funnelAxis, List.of(), funnel, new double[1][0]);
            ReportCharts.bars(latencyAxis, List.of(), latency, new double[1][0]);
            ReportCharts.bars(answersAxis, List.of(), options, new double[1][0]);
            return;
        }
        title.setText(i18n.format("reports.fire.title", words.kind(f.kind()), f.prompt() == null ? "" : f.prompt(),
                words.clock(f.firedAt())));
        FireFunnel u = FireTable.funnel(f);
        present.setText(words.count(u.presentAtTake()));
        targeted.setText(words.count(u.targeted()));
        reached.setText(words.count(u.reached()));
        withLate.setText(i18n.format("reports.fire.withLate", words.count(u.reachedWithLateJoiners()),
                words.count(u.lateJoiners())));
        acked.setText(words.count(u.acked()));
        answered.setText(words.count(u.answered()));
        response.setText(words.percent(f.responseRate()));
        correct.setText(f.correct() == null ? "\u2014" : words.count(f.correct()));
        ReportCharts.bars(funnelAxis, List.of(i18n.get("reports.funnel.present"), i18n.get("reports.funnel.targeted"),
                i18n.get("reports.funnel.reached"), i18n.get("reports.funnel.acked"), i18n.get("reports.funnel.answered")),
                funnel, new double[][] {{u.presentAtTake(), u.targeted(), u.reached(), u.acked(), u.answered()}});
        ReportCharts.seconds(perSecond, f.answersPerSecond() == null ? List.of() : f.answersPerSecond());
        long counted = f.answersPerSecond() == null ? 0
                : f.answersPerSecond().stream().mapToLong(io.cuedeck.protocol.reports.SecondCount::count).sum();
        timeNote.setText(f.answers() > 0 && counted == 0 ? i18n.get("reports.fire.noSeconds") : "");
        languages.setText(f.answersByLanguage() == null || f.answersByLanguage().isEmpty() ? ""
                : i18n.format("reports.fire.languages", f.answersByLanguage().stream()
                        .map(l -> words.language(l.lang()) + " " + words.count(l.answers()))
                        .collect(java.util.stream.Collectors.joining(" \u00b7 "))));
        AckLatency l = f.ackLatencyMs() == null ? AckLatency.NONE : f.ackLatencyMs();
        ReportCharts.bars(latencyAxis, List.of("p50", "p95", "p99", i18n.get("reports.latency.max")), latency,
                new double[][] {{l.p50(), l.p95(), l.p99(), l.max()}});
        List<Long> counts = f.distribution() == null ? List.of() : f.distribution();
        List<String> names = new ArrayList<>();
        double[][] values = new double[1][counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            names.add(i18n.format("reports.option", i + 1));
            values[0][i] = counts.get(i);
        }
        ReportCharts.bars(answersAxis, names, options, values);
        leaders.show(Leaders.of(f, words, i18n));
    }
}
