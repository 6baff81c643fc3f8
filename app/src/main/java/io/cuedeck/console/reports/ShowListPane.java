package io.cuedeck.console.reports;

import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.util.Arrays;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The list of shows: search, the day range, the status, and one row per show (title, day, status)
 * with a Compare box. Choosing a row opens its report.
 */
final class ShowListPane extends VBox {

    static final String SEARCH = "reports-search";
    static final String FROM = "reports-from";
    static final String TO = "reports-to";
    static final String STATUS = "reports-status";
    static final String LIST = "reports-shows";
    static final String REFRESH = "reports-refresh";

    ShowListPane(ReportsViewModel vm) {
        super(8);
        var i18n = vm.i18n();
        var words = vm.words();
        getStyleClass().add(Styles.PANEL);
        setPrefWidth(360);
        setMinWidth(320);
        Label title = new Label(i18n.get("reports.shows"));
        title.getStyleClass().add(Styles.PANEL_TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button refresh = new Button(i18n.get("reports.refresh"));
        refresh.setId(REFRESH);
        refresh.setOnAction(e -> vm.refresh());
        HBox head = new HBox(8, title, gap, refresh);
        head.setAlignment(Pos.CENTER_LEFT);
        TextField search = new TextField();
        search.setId(SEARCH);
        search.setPromptText(i18n.get("reports.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        DatePicker from = new DatePicker();
        from.setId(FROM);
        from.setPromptText(i18n.get("reports.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId(TO);
        to.setPromptText(i18n.get("reports.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        from.setMaxWidth(Double.MAX_VALUE);
        to.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(from, Priority.ALWAYS);
        HBox.setHgrow(to, Priority.ALWAYS);
        ComboBox<ShowStatus> status = new ComboBox<>();
        status.setId(STATUS);
        status.getItems().add(null);
        status.getItems().addAll(Arrays.asList(ShowStatus.values()));
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ShowStatus s) {
                return words.status(s);
            }

            @Override
            public ShowStatus fromString(String text) {
                return null;
            }
        });
        status.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ShowStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(words.status(item));
            }
        });
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        ListView<Show> list = new ListView<>(vm.shows());
        list.setId(LIST);
        list.getStyleClass().add(Styles.REPORT_LIST);
        list.setCellFactory(v -> new ShowCell(vm));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedProperty().get()) {
                vm.open(b);
            }
        });
        vm.compareChoice().addListener((javafx.collections.ListChangeListener<Show>) c -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        Label message = new Label();
        message.getStyleClass().add(Styles.HINT);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label compareHint = new Label(i18n.format("reports.compare.hint", ReportsViewModel.COMPARE_MIN,
                ReportsViewModel.COMPARE_MAX));
        compareHint.getStyleClass().add(Styles.HINT);
        compareHint.setWrapText(true);
        getChildren().addAll(head, search, new HBox(6, from, to), status, list, message, compareHint);
    }

    /** One show: title, day and status on two lines, and the Compare box. */
    private static final class ShowCell extends ListCell<Show> {
        private final ReportsViewModel vm;
        private final Label name = new Label();
        private final Label when = new Label();
        private final CheckBox compare = new CheckBox();
        private final HBox box;

        ShowCell(ReportsViewModel vm) {
            this.vm = vm;
            when.getStyleClass().add(Styles.HINT);
            compare.setText(vm.i18n().get("reports.compare.box"));
            compare.setOnAction(e -> {
                if (getItem() != null) {
                    compare.setSelected(vm.toggleCompare(getItem()));
                }
            });
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            box = new HBox(8, new VBox(2, name, when), gap, compare);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Show show, boolean empty) {
            super.updateItem(show, empty);
            if (empty || show == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            var words = vm.words();
            name.setText(show.title());
            when.setText(words.day(show) + " \u00b7 " + words.status(show.status()));
            compare.setId("reports-compare-" + show.id());
            compare.setSelected(vm.compareChoice().stream().anyMatch(s -> s.id().equals(show.id())));
            setText(null);
            setGraphic(box);
        }
    }
}
