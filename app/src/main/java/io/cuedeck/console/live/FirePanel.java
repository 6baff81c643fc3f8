package io.cuedeck.console.live;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The latest fire on the Live workspace: a delivery bar and one tally bar per option; dimmed while stale. */
public final class FirePanel extends VBox {

    public static final String ID_DELIVERY = "live-delivery";

    private final I18n i18n;
    private final Label title = new Label();
    private final ProgressBar delivery = new ProgressBar(0);
    private final Label deliveryText = new Label();
    private final Label lateJoiners = new Label();
    private final VBox tally = new VBox(6);

    public FirePanel(LiveViewModel vm, I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add(Styles.PANEL);
        Label heading = new Label(i18n.get("live.latestFire"));
        heading.getStyleClass().add(Styles.PANEL_TITLE);
        title.getStyleClass().add(Styles.NOTICE);
        title.setWrapText(true);
        delivery.getStyleClass().add(Styles.DELIVERY_BAR);
        delivery.setMaxWidth(Double.MAX_VALUE);
        delivery.managedProperty().bind(delivery.visibleProperty());
        deliveryText.setId(ID_DELIVERY);
        deliveryText.setWrapText(true);
        lateJoiners.setText(i18n.get("live.delivery.lateJoiners"));
        lateJoiners.getStyleClass().add(Styles.HINT);
        lateJoiners.setWrapText(true);
        lateJoiners.managedProperty().bind(lateJoiners.visibleProperty());
        getChildren().addAll(heading, title, delivery, deliveryText, lateJoiners, tally);
        Styles.markStale(this, vm.freshness().staleProperty());
        vm.fireProperty().addListener((o, a, progress) -> show(progress));
        show(vm.fireProperty().get());
    }

    private void show(FireProgress progress) {
        if (progress == null) {
            title.setText(i18n.get("live.noFire"));
            delivery.setVisible(false);
            deliveryText.setText("");
            lateJoiners.setVisible(false);
            tally.getChildren().clear();
            return;
        }
        title.setText(progress.title());
        delivery.setVisible(true);
        delivery.setProgress(progress.deliveredShare());
        deliveryText.setText(i18n.format("live.delivery", progress.delivered(), progress.targeted(), progress.failed(),
                progress.acks(), progress.ackP95Ms()));
        lateJoiners.setVisible(progress.reachedLateJoiners());
        tally.getChildren().clear();
        long total = progress.counts().stream().mapToLong(Long::longValue).sum();
        for (int i = 0; i < progress.optionLabels().size(); i++) {
            long n = i < progress.counts().size() ? progress.counts().get(i) : 0;
            tally.getChildren().add(option(progress.optionLabels().get(i), n, total));
        }
        if (progress.answers() > 0) {
            Label answers = new Label(i18n.format("live.answers", progress.answers()));
            answers.getStyleClass().add(Styles.HINT);
            tally.getChildren().add(answers);
        }
    }

    /** One option: its label and its count with the share of answers, over a full-width bar. */
    private VBox option(String text, long n, long total) {
        double share = total == 0 ? 0 : (double) n / total;
        Label label = new Label(text);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        Label value = new Label(i18n.format("live.tally", n, share));
        value.setMinWidth(Label.USE_PREF_SIZE);
        HBox line = new HBox(8, label, value);
        line.setAlignment(Pos.BASELINE_LEFT);
        ProgressBar bar = new ProgressBar(share);
        bar.getStyleClass().add(Styles.TALLY_BAR);
        bar.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, line, bar);
    }
}
