package io.cuedeck.console.reports;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The show's unique viewers by platform, region and language: three columns of bars (share of
 * the show's unique viewers, count and percent written out), and under them, when the backend
 * could not place some viewers in a region, a sentence saying how many and why.
 */
final class AudiencePane extends VBox {

    static final String ID = "reports-split";
    static final String UNKNOWN_NOTE = "reports-split-unknown";

    private final I18n i18n;
    private final ReportWords words;
    private final HBox columns = new HBox(24);
    private final Label none = new Label();
    private final Label unknownNote = new Label();

    AudiencePane(I18n i18n, ReportWords words) {
        super(6);
        this.i18n = i18n;
        this.words = words;
        setId(ID);
        none.setText(i18n.get("reports.split.none"));
        none.getStyleClass().add(Styles.HINT);
        unknownNote.setId(UNKNOWN_NOTE);
        unknownNote.setWrapText(true);
        unknownNote.getStyleClass().add(Styles.HINT);
        for (Label l : new Label[] {none, unknownNote}) {
            l.managedProperty().bind(l.visibleProperty());
        }
        getChildren().addAll(none, columns, unknownNote);
        show(AudienceSplit.NONE);
    }

    void show(AudienceSplit split) {
        columns.getChildren().clear();
        none.setVisible(split.isEmpty());
        columns.setVisible(!split.isEmpty());
        columns.setManaged(!split.isEmpty());
        for (AudienceSplit.Dimension d : split.dimensions()) {
            ShareBars bars = new ShareBars();
            for (AudienceSplit.Share s : d.shares()) {
                bars.add(s.name(), s.fraction(), i18n.format("reports.split.share", words.count(s.viewers()),
                        words.percent(s.fraction())), s.unknown() ? Styles.REPORT_BAR_UNKNOWN : Styles.SPLIT + d.id());
            }
            Label title = new Label(i18n.get("reports.split." + d.id()));
            title.getStyleClass().add(Styles.REPORT_SUBTITLE);
            VBox column = new VBox(4, title, bars);
            column.setId(ID + "-" + d.id());
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMinWidth(220);
            columns.getChildren().add(column);
        }
        boolean unknown = split.unknownRegion() > 0;
        unknownNote.setVisible(unknown);
        long total = split.dimension(AudienceSplit.REGION) == null ? 0 : split.dimension(AudienceSplit.REGION).shares()
                .stream().mapToLong(AudienceSplit.Share::viewers).sum();
        unknownNote.setText(unknown ? i18n.format("reports.split.unknownRegion", split.unknownRegion(),
                words.percent(total == 0 ? 0 : (double) split.unknownRegion() / total)) : "");
    }
}
