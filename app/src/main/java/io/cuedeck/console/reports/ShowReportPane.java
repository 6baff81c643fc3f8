package io.cuedeck.console.reports;

import io.cuedeck.console.common.Format;
import io.cuedeck.console.live.FireMarker;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.ShowReport;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One show's report: the summary tiles, the viewer curve with a marker at every fire, every fire's
 * funnel as grouped bars, and the fires' table (sortable; a double click or Enter opens the fire).
 */
final class ShowReportPane extends VBox {

    static final String FIRES = "reports-fires";
    static final String CURVE = "reports-curve";
    static final String FUNNELS = "reports-funnels";

    private final ReportsViewModel vm;
    private final ReportWords words;
    private final DoubleDataSet viewers;
    private final ObservableList<FireMarker> markers = FXCollections.observableArrayList();
    private final CategoryAxis funnelAxis = new CategoryAxis();
    private final DoubleDataSet[] funnel;
    private final Label onAir;
    private final Label peak;
    private final Label average;
    private final Label median;
    private final Label fireCount;
    private final Label answers;
    private final Label response;
    private final Label ack;

    ShowReportPane(ReportsViewModel vm, Runnable openFire) {
        super(10);
        this.vm = vm;
        this.words = vm.words();
        var i18n = vm.i18n();
        Tiles tiles = new Tiles();
        onAir = tiles.add("reports-onair", i18n.get("reports.tile.onAir"));
        peak = tiles.add("reports-peak", i18n.get("reports.tile.peak"));
        average = tiles.add("reports-average", i18n.get("reports.tile.average"));
        median = tiles.add("reports-median", i18n.get("reports.tile.median"));
        fireCount = tiles.add("reports-firecount", i18n.get("reports.tile.fires"));
        answers = tiles.add("reports-answers", i18n.get("reports.tile.answers"));
        response = tiles.add("reports-response", i18n.get("reports.tile.response"));
        ack = tiles.add("reports-ack", i18n.get("reports.tile.ackP95"));
        viewers = new DoubleDataSet(i18n.get("reports.chart.viewers"));
        var curve = ReportCharts.curveChart(i18n.get("reports.chart.viewers"), viewers, markers);
        curve.setId(CURVE);
        funnel = new DoubleDataSet[] {new DoubleDataSet(i18n.get("reports.funnel.targeted")),
                new DoubleDataSet(i18n.get("reports.funnel.delivered")), new DoubleDataSet(i18n.get("reports.funnel.acked")),
                new DoubleDataSet(i18n.get("reports.funnel.answered"))};
        var funnels = ReportCharts.barChart(i18n.get("reports.chart.viewers"), funnelAxis, funnel);
        funnels.setId(FUNNELS);
        HBox charts = new HBox(10, panel(i18n.get("reports.chart.curve"), curve), panel(i18n.get("reports.chart.funnels"), funnels));
        charts.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        charts.setPrefHeight(300);
        TableView<FireReport> table = FireTable.of(vm, words);
        table.setId(FIRES);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                vm.openFire(table.getSelectionModel().getSelectedItem());
                openFire.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.openFire(table.getSelectionModel().getSelectedItem());
                openFire.run();
            }
        });
        VBox firesPanel = panel(i18n.get("reports.fires"), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(firesPanel, Priority.ALWAYS);
        getChildren().addAll(tiles, charts, firesPanel);
        vm.figuresProperty().addListener((o, a, f) -> showFigures(f));
        vm.reportProperty().addListener((o, a, r) -> showCharts(r));
        showFigures(vm.figuresProperty().get());
        showCharts(vm.reportProperty().get());
    }

    static VBox panel(String title, javafx.scene.Node content) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.PANEL_TITLE);
        VBox box = new VBox(4, t, content);
        box.getStyleClass().add(Styles.PANEL);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private void showFigures(ReportFigures f) {
        if (f == null) {
            for (Label l : List.of(onAir, peak, average, median, fireCount, answers, response, ack)) {
                l.setText("\u2014");
            }
            return;
        }
        onAir.setText(Format.clock(f.onAir()));
        peak.setText(vm.i18n().format("reports.tile.peakAt", words.count(f.peak()), words.clock(f.peakAt())));
        average.setText(words.count(f.average()));
        median.setText(words.count(f.median()));
        fireCount.setText(words.count(f.fires()));
        answers.setText(words.count(f.answers()));
        response.setText(words.percent(f.responseRate()));
        ack.setText(words.ms(f.worstAckP95()));
    }

    private void showCharts(ShowReport r) {
        List<FireReport> fires = r == null || r.fires() == null ? List.of() : r.fires();
        ReportCharts.curve(viewers, r == null || r.viewerCurve() == null ? List.of() : r.viewerCurve());
        List<FireMarker> marks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        double[][] values = new double[4][fires.size()];
        for (int i = 0; i < fires.size(); i++) {
            FireReport f = fires.get(i);
            String name = FireTable.shortName(f, i);
            names.add(name);
            if (f.firedAt() != null) {
                marks.add(new FireMarker(f.fireId(), f.firedAt().getEpochSecond(), name));
            }
            values[0][i] = f.targeted();
            values[1][i] = f.delivered();
            values[2][i] = f.acks();
            values[3][i] = f.answers();
        }
        markers.setAll(marks);
        ReportCharts.bars(funnelAxis, names, funnel, values);
    }
}
