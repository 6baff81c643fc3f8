package io.cuedeck.console.audit;

import io.cuedeck.console.audit.AuditViewModel.Row;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.shell.Dialogs;
import io.cuedeck.console.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The show's audit trail: who did what, when, from where; newest first, Load older for more,
 * Refresh. Not modal: it can stay open beside the console.
 */
public final class AuditView extends Dialog<Void> {

    public static final String ID_TABLE = "audit-table";
    public static final String ID_OLDER = "audit-older";
    public static final String ID_REFRESH = "audit-refresh";
    public static final String ID_PROBLEM = "audit-problem";

    public AuditView(AuditViewModel vm, I18n i18n, Dialogs dialogs) {
        dialogs.prepare(this, i18n.get("audit.title"));
        initModality(javafx.stage.Modality.NONE);
        Label heading = new Label();
        heading.getStyleClass().add(Styles.PANEL_TITLE);
        heading.textProperty().bind(vm.titleProperty());
        TableView<Row> table = new TableView<>(vm.rows());
        table.setId(ID_TABLE);
        table.getStyleClass().add(Styles.AUDIT_TABLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column(i18n.get("audit.col.time"), Row::time, 150));
        table.getColumns().add(column(i18n.get("audit.col.who"), Row::who, 130));
        table.getColumns().add(column(i18n.get("audit.col.action"), Row::action, 150));
        table.getColumns().add(column(i18n.get("audit.col.detail"), Row::detail, 330));
        table.getColumns().add(column(i18n.get("audit.col.address"), Row::address, 110));
        table.getColumns().add(column(i18n.get("audit.col.key"), Row::key, 120));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.problemProperty().isEmpty())
                .then(i18n.get("audit.loading")).otherwise(vm.problemProperty()));
        table.setPlaceholder(placeholder);
        table.setPrefSize(1100, 520);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId(ID_PROBLEM);
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.MUTED);
        problem.textProperty().bind(vm.problemProperty());
        Button older = new Button(i18n.get("audit.older"));
        older.setId(ID_OLDER);
        older.visibleProperty().bind(vm.moreProperty());
        older.disableProperty().bind(vm.loadingProperty());
        older.setOnAction(e -> vm.loadOlder());
        Button refresh = new Button(i18n.get("audit.refresh"));
        refresh.setId(ID_REFRESH);
        refresh.disableProperty().bind(vm.loadingProperty());
        refresh.setOnAction(e -> vm.refresh());
        HBox actions = new HBox(10, refresh, older, problem);
        getDialogPane().setContent(new VBox(10, heading, table, actions));
        getDialogPane().getButtonTypes().add(new ButtonType(i18n.get("audit.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        setResizable(true);
        vm.refresh();
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
