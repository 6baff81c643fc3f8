package io.cuedeck.console.reports;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import io.cuedeck.protocol.reports.FireFunnel;
import io.cuedeck.protocol.reports.FunnelRow;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Every fire's unique-viewer funnel in the show report: one card per fire, its five steps as
 * bars on one scale for the whole show (so a small fire looks small), each with its count. No
 * step exceeds the one before it, so every card narrows from top to bottom.
 */
final class FunnelCards extends FlowPane {

    static final String[] STEPS = {"reports.funnel.present", "reports.funnel.targeted", "reports.funnel.reached",
            "reports.funnel.acked", "reports.funnel.answered"};

    /** Two cards side by side in {@link #WIDTH}. */
    static final double CARD = 250;
    static final double WIDTH = 2 * CARD + 24;

    private final I18n i18n;
    private final ReportWords words;

    FunnelCards(I18n i18n, ReportWords words) {
        super(10, 10);
        // The row's height is asked for before its width is known: wrap as it will be drawn.
        setPrefWrapLength(WIDTH);
        this.i18n = i18n;
        this.words = words;
    }

    void show(List<FunnelRow> rows) {
        getChildren().clear();
        long scale = 1;
        for (FunnelRow row : rows) {
            scale = Math.max(scale, max(funnel(row)));
        }
        for (int i = 0; i < rows.size(); i++) {
            FireFunnel f = funnel(rows.get(i));
            long[] steps = {f.presentAtTake(), f.targeted(), f.reached(), f.acked(), f.answered()};
            ShareBars bars = new ShareBars();
            for (int s = 0; s < steps.length; s++) {
                bars.add(i18n.get(STEPS[s]), (double) steps[s] / scale, words.count(steps[s]), Styles.FUNNEL_STEP + s);
            }
            Label title = new Label(FireTable.shortName(rows.get(i).prompt(), i));
            title.getStyleClass().add(Styles.REPORT_SUBTITLE);
            VBox card = new VBox(4, title, bars);
            card.getStyleClass().add(Styles.FUNNEL_CARD);
            card.setId("reports-funnel-" + i);
            card.setMinWidth(CARD);
            card.setPrefWidth(CARD);
            card.setMaxWidth(CARD);
            getChildren().add(card);
        }
        if (rows.isEmpty()) {
            Label none = new Label(i18n.get("reports.fires.none"));
            none.getStyleClass().add(Styles.HINT);
            getChildren().add(none);
        }
    }

    private static FireFunnel funnel(FunnelRow row) {
        return row.funnel() == null ? FireFunnel.EMPTY : row.funnel();
    }

    private static long max(FireFunnel f) {
        return Math.max(Math.max(f.presentAtTake(), f.targeted()), Math.max(f.reached(), Math.max(f.acked(), f.answered())));
    }
}
