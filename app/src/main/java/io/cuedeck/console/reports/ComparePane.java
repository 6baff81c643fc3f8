package io.cuedeck.console.reports;

import io.cuedeck.console.theme.Styles;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Two to five shows side by side: a sortable table of their figures and their peaks and averages as bars. */
final class ComparePane extends VBox {

    static final String TABLE = "reports-compare-table";
    static final String RUN = "reports-compare-run";

    ComparePane(ReportsViewModel vm) {
        super(10);
        var i18n = vm.i18n();
        ReportWords words = vm.words();
        Label chosen = new Label();
        chosen.getStyleClass().add(Styles.HINT);
        Runnable count = () -> chosen.setText(i18n.format("reports.compare.chosen", vm.compareChoice().size(),
                ReportsViewModel.COMPARE_MAX));
        vm.compareChoice().addListener((ListChangeListener<Object>) c -> count.run());
        count.run();
        Button run = new Button(i18n.get("reports.compare.run"));
        run.setId(RUN);
        run.setOnAction(e -> vm.compare());
        run.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.compareChoice())
                .lessThan(ReportsViewModel.COMPARE_MIN));
        HBox head = new HBox(10, run, chosen);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        SortedList<CompareRow> sorted = new SortedList<>(vm.comparison());
        TableView<CompareRow> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId(TABLE);
        table.getStyleClass().add(Styles.REPORT_TABLE);
        table.setPlaceholder(new Label(i18n.format("reports.compare.empty", ReportsViewModel.COMPARE_MIN,
                ReportsViewModel.COMPARE_MAX)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CompareRow, String> title = new TableColumn<>(i18n.get("reports.col.show"));
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        title.setPrefWidth(240);
        table.getColumns().add(title);
        table.getColumns().add(FireTable.number(i18n.get("reports.tile.peak"), CompareRow::peak, words));
        table.getColumns().add(FireTable.number(i18n.get("reports.tile.average"), CompareRow::average, words));
        table.getColumns().add(FireTable.number(i18n.get("reports.tile.unique"), CompareRow::unique, words));
        table.getColumns().add(FireTable.number(i18n.get("reports.tile.fires"), r -> (long) r.fires(), words));
        table.getColumns().add(rate(i18n.get("reports.col.reach"), CompareRow::reachRate, words));
        table.getColumns().add(rate(i18n.get("reports.col.response"), CompareRow::responseRate, words));
        table.getColumns().add(FireTable.number(i18n.get("reports.col.ackP95"), CompareRow::ackP95, words));
        CategoryAxis axis = new CategoryAxis();
        DoubleDataSet[] sets = {new DoubleDataSet(i18n.get("reports.tile.peak")),
                new DoubleDataSet(i18n.get("reports.tile.average"))};
        var chart = ReportCharts.barChart(i18n.get("reports.chart.viewers"), axis, sets);
        chart.setId("reports-compare-chart");
        vm.comparison().addListener((ListChangeListener<CompareRow>) c -> {
            List<CompareRow> rows = List.copyOf(vm.comparison());
            double[][] values = new double[2][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                values[0][i] = rows.get(i).peak();
                values[1][i] = rows.get(i).average();
            }
            ReportCharts.bars(axis, rows.stream().map(CompareRow::title).toList(), sets, values);
        });
        VBox tablePanel = ShowReportPane.panel(i18n.get("reports.compare.title"), table);
        VBox chartPanel = ShowReportPane.panel(i18n.get("reports.chart.compare"), chart);
        VBox.setVgrow(tablePanel, Priority.ALWAYS);
        VBox.setVgrow(chartPanel, Priority.ALWAYS);
        getChildren().addAll(head, tablePanel, chartPanel);
    }

    private static TableColumn<CompareRow, Number> rate(String name, java.util.function.ToDoubleFunction<CompareRow> value,
            ReportWords words) {
        TableColumn<CompareRow, Number> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(f.getValue())));
        c.setCellFactory(x -> FireTable.cell(n -> words.percent(n.doubleValue())));
        return c;
    }
}
