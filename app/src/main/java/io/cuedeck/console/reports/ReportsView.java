package io.cuedeck.console.reports;

import io.cuedeck.console.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Reports: the list of shows on the left; on the right the export bar, what went wrong (in words),
 * and three tabs: the show's report, the fire drill-down and the comparison.
 */
public final class ReportsView extends HBox {

    public static final String ID = "reports-workspace";
    public static final String TABS = "reports-tabs";
    public static final String ERROR = "reports-error";

    private final TabPane tabs = new TabPane();
    private final Tab fireTab;

    public ReportsView(ReportsViewModel vm) {
        super(10);
        setId(ID);
        getStyleClass().add(Styles.WORKSPACE);
        var i18n = vm.i18n();
        Label title = new Label();
        title.getStyleClass().add(Styles.SHOW_TITLE);
        title.setId("reports-title");
        vm.selectedProperty().addListener((o, a, s) -> title.setText(s == null ? i18n.get("reports.pick") : s.title()));
        title.setText(i18n.get("reports.pick"));
        Label error = new Label();
        error.setId(ERROR);
        error.getStyleClass().add(Styles.NOTICE_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Tab report = new Tab(i18n.get("reports.tab.report"), scroll(new ShowReportPane(vm, this::showFire)));
        report.setId("reports-tab-report");
        fireTab = new Tab(i18n.get("reports.tab.fire"), scroll(new FirePane(vm)));
        fireTab.setId("reports-tab-fire");
        Tab compare = new Tab(i18n.get("reports.tab.compare"), new ComparePane(vm));
        compare.setId("reports-tab-compare");
        tabs.getTabs().addAll(report, fireTab, compare);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId(TABS);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        ExportBar exports = new ExportBar(vm, () -> tabs.getSelectionModel().getSelectedItem() == fireTab);
        VBox right = new VBox(8, title, exports, error, tabs);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(new ShowListPane(vm), right);
    }

    /** Shows the fire drill-down tab. */
    public void showFire() {
        tabs.getSelectionModel().select(fireTab);
    }

    /** Shows the tab at {@code index} (0 report, 1 fire, 2 compare), for hotkeys and the screenshot tour. */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    private static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        return pane;
    }
}
