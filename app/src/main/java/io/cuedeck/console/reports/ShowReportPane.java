package io.cuedeck.console.reports;

import io.cuedeck.console.common.Format;
import io.cuedeck.console.live.FireMarker;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.reports.CurveMarker;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One show's report: the summary tiles, the reconciliation lines (green or red), the viewer curve
 * with a marker at every fire and boost, every fire's unique-viewer funnel as a card of bars, the
 * unique viewers by platform, region and language, and the fires' table (sortable; a double click
 * or Enter opens the fire).
 */
final class ShowReportPane extends VBox {

    static final String FIRES = "reports-fires";
    static final String CURVE = "reports-curve";
    static final String FUNNELS = "reports-funnels";

    private final ReportsViewModel vm;
    private final ReportWords words;
    private final DoubleDataSet viewers;
    private final ObservableList<FireMarker> markers = FXCollections.observableArrayList();
    private final FunnelCards funnels;
    private final AudiencePane audience;
    private final Label onAir;
    private final Label peak;
    private final Label average;
    private final Label median;
    private final Label unique;
    private final Label snapshots = new Label();
    private final Label answersCheck = new Label();
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
        unique = tiles.add("reports-unique", i18n.get("reports.tile.unique"));
        fireCount = tiles.add("reports-firecount", i18n.get("reports.tile.fires"));
        answers = tiles.add("reports-answers", i18n.get("reports.tile.answers"));
        response = tiles.add("reports-response", i18n.get("reports.tile.response"));
        ack = tiles.add("reports-ack", i18n.get("reports.tile.ackP95"));
        viewers = new DoubleDataSet(i18n.get("reports.chart.viewers"));
        var curve = ReportCharts.curveChart(i18n.get("reports.chart.viewers"), viewers, markers);
        curve.setId(CURVE);
        funnels = new FunnelCards(i18n, words);
        funnels.setId(FUNNELS);
        VBox curvePanel = panel(i18n.get("reports.chart.curve"), curve);
        VBox funnelPanel = panel(i18n.get("reports.chart.funnels"), funnels);
        // Two cards side by side; the curve takes the rest of the width.
        funnelPanel.setMinWidth(FunnelCards.WIDTH + 24);
        funnelPanel.setPrefWidth(FunnelCards.WIDTH + 24);
        curvePanel.setPrefHeight(300);
        HBox charts = new HBox(10, curvePanel, funnelPanel);
        HBox.setHgrow(curvePanel, Priority.ALWAYS);
        // Never squeezed below readable: the tab scrolls instead.
        // Never squeezed (the tab scrolls instead): the curve readable, every funnel card whole.
        charts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
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
        firesPanel.setMinHeight(220);
        snapshots.setId("reports-check-snapshots");
        answersCheck.setId("reports-check-answers");
        snapshots.setWrapText(true);
        answersCheck.setWrapText(true);
        VBox checks = new VBox(2, snapshots, answersCheck);
        audience = new AudiencePane(i18n, words);
        VBox audiencePanel = panel(i18n.get("reports.split.title"), audience);
        audiencePanel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(tiles, checks, charts, audiencePanel, firesPanel);
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
            for (Label l : List.of(onAir, peak, average, median, unique, fireCount, answers, response, ack)) {
                l.setText("\u2014");
            }
            return;
        }
        onAir.setText(Format.clock(f.onAir()));
        peak.setText(vm.i18n().format("reports.tile.peakAt", words.count(f.peak()), words.clock(f.peakAt())));
        average.setText(words.count(f.average()));
        median.setText(words.count(f.median()));
        unique.setText(words.count(f.unique()));
        fireCount.setText(words.count(f.fires()));
        answers.setText(words.count(f.answers()));
        response.setText(words.percent(f.responseRate()));
        ack.setText(words.ms(f.worstAckP95()));
    }

    private void showCharts(ShowReport r) {
        ReportCharts.curve(viewers, r == null || r.viewerCurve() == null ? List.of() : r.viewerCurve());
        List<FireMarker> marks = new ArrayList<>();
        int fire = 0;
        for (CurveMarker m : r == null || r.markers() == null ? List.<CurveMarker>of() : r.markers()) {
            if (m.at() != null) {
                // a fire is marked by its number, as its funnel card and table row name it: whole
                // prompts on markers seconds apart overlapped into one unreadable strip
                String label = CurveMarker.BOOST.equals(m.kind()) ? vm.i18n().format("reports.marker.boost", m.label())
                        : "#" + (++fire);
                marks.add(new FireMarker(m.id(), m.at().getEpochSecond(), label));
            }
        }
        markers.setAll(marks);
        funnels.show(r == null || r.funnels() == null ? List.of() : r.funnels());
        audience.show(AudienceSplit.of(r, words));
        check(snapshots, ReportChecks.snapshots(r, words, vm.i18n()));
        check(answersCheck, ReportChecks.answers(r, vm.i18n()));
    }

    /**
     * A reconciliation line: green when the check passed, red when not, in the console's words;
     * the backend's own (English) sentence is the tooltip.
     */
    private void check(Label line, ReportChecks.Line c) {
        line.setVisible(c != null);
        line.setManaged(c != null);
        if (c != null) {
            line.setText(c.text());
            line.setTooltip(c.detail() == null || c.detail().isBlank() ? null : new Tooltip(c.detail()));
            Styles.swap(line, c.ok() ? Styles.NOTICE_OK : Styles.NOTICE_ERROR, Styles.NOTICE_OK, Styles.NOTICE_ERROR);
        }
    }
}
