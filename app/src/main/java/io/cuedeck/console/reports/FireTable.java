package io.cuedeck.console.reports;

import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.FireReport;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The fires of a show as a sortable table: numbers sort as numbers and show grouped digits. */
final class FireTable {

    private FireTable() {
    }

    /** "#2 Who wins?" (the prompt cut to 28 characters), for chart categories and markers. */
    static String shortName(String text, int index) {
        String prompt = text == null ? "" : text;
        return "#" + (index + 1) + " " + (prompt.length() > 28 ? prompt.substring(0, 27) + "\u2026" : prompt);
    }

    static TableView<FireReport> of(ReportsViewModel vm, ReportWords words) {
        var i18n = vm.i18n();
        SortedList<FireReport> sorted = new SortedList<>(vm.fires());
        TableView<FireReport> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.getStyleClass().add(Styles.REPORT_TABLE);
        table.setPlaceholder(new javafx.scene.control.Label(i18n.get("reports.fires.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FireReport, String> at = text(i18n.get("reports.col.at"), f -> words.clock(f.firedAt()));
        TableColumn<FireReport, String> cue = text(i18n.get("reports.col.cue"), f -> f.prompt() == null ? "" : f.prompt());
        cue.setPrefWidth(260);
        TableColumn<FireReport, String> kind = text(i18n.get("reports.col.kind"), f -> words.kind(f.kind()));
        table.getColumns().add(at);
        table.getColumns().add(cue);
        table.getColumns().add(kind);
        table.getColumns().add(number(i18n.get("reports.funnel.present"), f -> funnel(f).presentAtTake(), words));
        table.getColumns().add(number(i18n.get("reports.funnel.targeted"), f -> funnel(f).targeted(), words));
        table.getColumns().add(number(i18n.get("reports.funnel.reached"), f -> funnel(f).reached(), words));
        table.getColumns().add(number(i18n.get("reports.funnel.acked"), f -> funnel(f).acked(), words));
        table.getColumns().add(number(i18n.get("reports.funnel.answered"), f -> funnel(f).answered(), words));
        table.getColumns().add(number(i18n.get("reports.col.late"), f -> funnel(f).lateJoiners(), words));
        table.getColumns().add(number(i18n.get("reports.col.failed"), FireReport::failed, words));
        TableColumn<FireReport, Number> rate = new TableColumn<>(i18n.get("reports.col.response"));
        rate.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().responseRate()));
        rate.setCellFactory(c -> cell(n -> words.percent(n.doubleValue())));
        table.getColumns().add(rate);
        table.getColumns().add(number(i18n.get("reports.col.ackP95"),
                f -> f.ackLatencyMs() == null ? 0 : f.ackLatencyMs().p95(), words));
        return table;
    }

    static io.cuedeck.protocol.reports.FireFunnel funnel(FireReport f) {
        return f.funnel() == null ? io.cuedeck.protocol.reports.FireFunnel.EMPTY : f.funnel();
    }

    private static TableColumn<FireReport, String> text(String title, Function<FireReport, String> value) {
        TableColumn<FireReport, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    static <R> TableColumn<R, Number> number(String title, Function<R, Long> value, ReportWords words) {
        TableColumn<R, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(x -> cell(n -> words.count(n.longValue())));
        return c;
    }

    static <R> TableCell<R, Number> cell(Function<Number, String> words) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words.apply(item));
                setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            }
        };
    }
}
