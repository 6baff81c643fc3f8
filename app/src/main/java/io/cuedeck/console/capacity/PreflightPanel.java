package io.cuedeck.console.capacity;

import io.cuedeck.console.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** GO or NO-GO for the selected show, and one line per check with its reason. */
final class PreflightPanel extends VBox {

    static final String ID = "capacity-preflight";
    static final String ID_VERDICT = "capacity-go";

    PreflightPanel(CapacityViewModel vm) {
        super(6);
        setId(ID);
        getStyleClass().add(Styles.PANEL);
        Label title = new Label(vm.i18n().get("capacity.preflight.title"));
        title.getStyleClass().add(Styles.PANEL_TITLE);
        Label verdict = new Label();
        verdict.setId(ID_VERDICT);
        verdict.getStyleClass().add("preflight-verdict");
        VBox lines = new VBox(4);
        Runnable redraw = () -> {
            boolean go = vm.goProperty().get();
            verdict.setText(vm.i18n().get(go ? "capacity.preflight.go" : "capacity.preflight.nogo"));
            Styles.swap(verdict, go ? "preflight-go" : "preflight-nogo", "preflight-go", "preflight-nogo");
            lines.getChildren().clear();
            for (Preflight.Line line : vm.checks()) {
                Label l = new Label((line.go() ? "\u2714 " : "\u2716 ") + line.text());
                l.setWrapText(true);
                l.getStyleClass().add(line.go() ? "preflight-ok" : "preflight-fail");
                lines.getChildren().add(l);
            }
        };
        vm.checks().addListener((ListChangeListener<Preflight.Line>) c -> redraw.run());
        vm.goProperty().addListener((o, a, b) -> redraw.run());
        redraw.run();
        getChildren().addAll(title, verdict, lines);
    }
}
