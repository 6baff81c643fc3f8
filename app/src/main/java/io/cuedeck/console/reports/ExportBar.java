package io.cuedeck.console.reports;

import io.cuedeck.connector.ReportDownloads;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.FireReport;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;

/**
 * Export CSV and Export PDF (of the show, or of the fire on screen), the folder they go to, the
 * progress with Cancel while one runs, and Open folder when it is done.
 */
final class ExportBar extends HBox {

    static final String CSV = "reports-export-csv";
    static final String PDF = "reports-export-pdf";
    static final String CANCEL = "reports-export-cancel";
    static final String OPEN = "reports-export-open";
    static final String MESSAGE = "reports-export-message";

    ExportBar(ReportsViewModel vm, Supplier<Boolean> fireOnScreen) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        var i18n = vm.i18n();
        ReportExport export = vm.export();
        Button csv = new Button(i18n.get("reports.export.csv"));
        csv.setId(CSV);
        Button pdf = new Button(i18n.get("reports.export.pdf"));
        pdf.setId(PDF);
        csv.setOnAction(e -> start(vm, fireOnScreen.get(), ReportDownloads.Format.CSV_ZIP));
        pdf.setOnAction(e -> start(vm, fireOnScreen.get(), ReportDownloads.Format.PDF));
        var nothing = vm.reportProperty().isNull().or(export.runningProperty());
        csv.disableProperty().bind(nothing);
        pdf.disableProperty().bind(nothing);
        Button folder = new Button(i18n.get("reports.export.folder"));
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.get("reports.export.folder"));
            if (java.nio.file.Files.isDirectory(export.folderProperty().get())) {
                chooser.setInitialDirectory(export.folderProperty().get().toFile());
            }
            var chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                export.folderProperty().set(chosen.toPath());
            }
        });
        folder.setTooltip(new javafx.scene.control.Tooltip());
        folder.getTooltip().textProperty().bind(export.folderProperty().asString());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(export.runningProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label message = new Label();
        message.setId(MESSAGE);
        message.textProperty().bind(export.messageProperty());
        export.failedProperty().addListener((o, a, bad) -> Styles.swap(message, bad ? Styles.NOTICE_ERROR : Styles.NOTICE,
                Styles.NOTICE, Styles.NOTICE_ERROR));
        message.getStyleClass().add(Styles.NOTICE);
        Button cancel = new Button(i18n.get("dialog.cancel"));
        cancel.setId(CANCEL);
        cancel.visibleProperty().bind(export.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> export.cancel());
        Button open = new Button(i18n.get("reports.export.open"));
        open.setId(OPEN);
        open.visibleProperty().bind(export.finishedInProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> export.openFolder());
        getChildren().addAll(csv, pdf, folder, spinner, message, cancel, open);
    }

    private static void start(ReportsViewModel vm, boolean fire, ReportDownloads.Format format) {
        FireReport f = fire ? vm.fireProperty().get() : null;
        int number = f == null ? 0 : indexOf(vm, f) + 1;
        vm.export().start(vm.backendProperty().get(), vm.selectedProperty().get(), f == null ? null : f.fireId(),
                number, format);
    }

    private static int indexOf(ReportsViewModel vm, FireReport f) {
        for (int i = 0; i < vm.fires().size(); i++) {
            if (vm.fires().get(i).fireId().equals(f.fireId())) {
                return i;
            }
        }
        return 0;
    }
}
