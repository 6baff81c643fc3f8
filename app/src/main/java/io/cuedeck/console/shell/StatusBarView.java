package io.cuedeck.console.shell;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/** The always-visible bottom bar; see {@link StatusBarViewModel}. Long requests show here with Cancel. */
public final class StatusBarView extends HBox {

    public static final String ID_CONNECTION = "status-connection";
    public static final String ID_ACTIVITY = "status-activity";
    public static final String ID_CANCEL = "status-cancel";
    public static final String ID_VIEWERS = "status-viewers";
    public static final String ID_VIEWERS_AS_OF = "status-viewers-as-of";

    public static final String ID_RECONNECT = "status-reconnect";
    public static final String ID_UNENCRYPTED = "status-unencrypted";

    public StatusBarView(StatusBarViewModel vm, Jobs jobs, I18n i18n, Runnable reconnect) {
        getStyleClass().add(Styles.STATUS_BAR);
        Circle dot = new Circle(7);
        dot.getStyleClass().add(Styles.STATUS_DOT);
        Label connection = item(ID_CONNECTION);
        connection.textProperty().bind(vm.connectionProperty());
        vm.connectionStyleProperty().addListener((o, old, style) -> restyle(style, dot, connection));
        restyle(vm.connectionStyleProperty().get(), dot, connection);

        Button retry = new Button(i18n.get("status.reconnect"));
        retry.setId(ID_RECONNECT);
        retry.setOnAction(e -> reconnect.run());
        retry.visibleProperty().bind(vm.connectionStyleProperty().isEqualTo(Styles.STATE_ERROR));
        retry.managedProperty().bind(retry.visibleProperty());
        Label backend = item("status-backend");
        backend.textProperty().bind(vm.backendProperty());
        backend.getStyleClass().add(Styles.MUTED);
        Label unencrypted = item(ID_UNENCRYPTED);
        unencrypted.textProperty().bind(vm.unencryptedProperty());
        unencrypted.getStyleClass().add(Styles.STATE_WARN);
        unencrypted.visibleProperty().bind(vm.unencryptedProperty().isNotEmpty());
        unencrypted.managedProperty().bind(unencrypted.visibleProperty());
        Label show = item("status-show");
        show.textProperty().bind(vm.showProperty());
        Label onAir = item("status-onair");
        onAir.textProperty().bind(vm.onAirProperty());
        onAir.getStyleClass().add(Styles.STATE_LIVE);
        Label viewers = item(ID_VIEWERS);
        viewers.textProperty().bind(vm.viewersProperty());
        Styles.markStale(viewers, vm.viewersStaleProperty());
        Label asOf = item(ID_VIEWERS_AS_OF);
        asOf.getStyleClass().add(Styles.STALE_CAPTION);
        asOf.textProperty().bind(vm.viewersAsOfProperty());
        asOf.visibleProperty().bind(vm.viewersAsOfProperty().isNotEmpty());
        asOf.managedProperty().bind(asOf.visibleProperty());
        HBox audience = new HBox(8, viewers, asOf);
        audience.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        Label engines = item("status-engines");
        engines.textProperty().bind(vm.enginesProperty());
        vm.enginesOkProperty().addListener((o, a, ok) -> Styles.swap(engines, ok ? Styles.MUTED : Styles.STATE_ERROR,
                Styles.MUTED, Styles.STATE_ERROR));
        engines.getStyleClass().add(Styles.MUTED);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label activity = item(ID_ACTIVITY);
        activity.textProperty().bind(jobs.activityProperty());
        Button cancel = new Button(i18n.get("status.cancel"));
        cancel.setId(ID_CANCEL);
        cancel.setOnAction(e -> jobs.cancelAll());
        HBox busy = new HBox(6, spinner, activity, cancel);
        busy.visibleProperty().bind(jobs.busyProperty());
        busy.managedProperty().bind(jobs.busyProperty());
        busy.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label clock = item("status-clock");
        clock.textProperty().bind(vm.wallClockProperty());
        getChildren().addAll(dot, connection, retry, backend, unencrypted, show, onAir, audience, busy, grow, engines, clock);
    }

    private static void restyle(String style, Circle dot, Label label) {
        Styles.swap(dot, style, Styles.STATES);
        Styles.swap(label, style, Styles.STATES);
    }

    private static Label item(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.STATUS_ITEM);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
