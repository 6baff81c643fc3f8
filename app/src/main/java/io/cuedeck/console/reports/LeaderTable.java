package io.cuedeck.console.reports;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.reports.LeaderEntry;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * A quiz fire's leaderboard: rank, viewer id and time to answer, sortable (numbers as numbers),
 * all ten lines on screen at once. For a fire with no leaderboard the table gives way to a
 * sentence saying why ({@link Leaders}).
 */
final class LeaderTable extends VBox {

    static final String TABLE = "reports-fire-leaders";
    static final String NOTE = "reports-fire-leaders-note";
    private static final double ROW = 24;

    private final ObservableList<LeaderEntry> rows = FXCollections.observableArrayList();
    private final TableView<LeaderEntry> table;
    private final Label note = new Label();

    LeaderTable(I18n i18n, ReportWords words) {
        super(4);
        SortedList<LeaderEntry> sorted = new SortedList<>(rows);
        table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId(TABLE);
        table.getStyleClass().add(Styles.REPORT_TABLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<LeaderEntry, Number> rank = FireTable.number(i18n.get("reports.leaders.rank"), e -> (long) e.rank(), words);
        rank.setPrefWidth(60);
        TableColumn<LeaderEntry, String> viewer = new TableColumn<>(i18n.get("reports.leaders.viewer"));
        viewer.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().viewerId()));
        viewer.setPrefWidth(280);
        TableColumn<LeaderEntry, Number> time = new TableColumn<>(i18n.get("reports.leaders.time"));
        time.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ms()));
        time.setCellFactory(c -> FireTable.cell(n -> words.ms(n.longValue())));
        time.setPrefWidth(120);
        table.getColumns().add(rank);
        table.getColumns().add(viewer);
        table.getColumns().add(time);
        // Ten lines and the header, without a scroll bar.
        table.setFixedCellSize(ROW);
        table.setPrefHeight(ROW * io.cuedeck.protocol.FireReport.LEADERBOARD_SIZE + 30);
        table.setMinHeight(table.getPrefHeight());
        table.managedProperty().bind(table.visibleProperty());
        note.setId(NOTE);
        note.setWrapText(true);
        note.getStyleClass().add(Styles.HINT);
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(note, table);
        show(new Leaders(false, java.util.List.of(), ""));
    }

    void show(Leaders leaders) {
        rows.setAll(leaders.rows());
        table.getSortOrder().clear();
        table.setVisible(!leaders.rows().isEmpty());
        note.setText(leaders.empty());
        note.setVisible(!leaders.empty().isEmpty());
    }
}
