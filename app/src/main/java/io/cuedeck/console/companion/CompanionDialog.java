package io.cuedeck.console.companion;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.shell.Dialogs;
import io.cuedeck.console.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.stage.Modality;

/**
 * Phones (the show bar's and the Live workspace's "Phones…" button): the companion page of the
 * current show as a QR code and an address to copy, who can open it, and for a rehearsal the
 * choice to let phones on this network join. Not modal: it can stay open beside the console (on a
 * second screen, for the crew to scan) while the show goes on. See {@link CompanionViewModel}.
 */
public final class CompanionDialog extends Dialog<Void> {

    public static final String ID_QR = "companion-qr";
    public static final String ID_ADDRESS = "companion-address";
    public static final String ID_COPY = "companion-copy";
    public static final String ID_REACH = "companion-reach";
    public static final String ID_PHONES = "companion-phones";
    public static final String ID_APPLY = "companion-apply";
    /** The code's side in pixels, quiet zone included, whatever the address's length. */
    private static final double SIDE = 280;

    public CompanionDialog(CompanionViewModel vm, I18n i18n, Dialogs dialogs) {
        dialogs.prepare(this, i18n.get("companion.title"));
        initModality(Modality.NONE);
        vm.refresh();

        StackPane code = new StackPane();
        code.setId(ID_QR);
        code.getStyleClass().add(Styles.QR_CODE);
        code.setMinSize(SIDE, SIDE);
        code.setMaxSize(SIDE, SIDE);
        vm.qrProperty().addListener((o, a, qr) -> draw(code, qr));
        draw(code, vm.qrProperty().get());

        Label heading = new Label();
        heading.getStyleClass().add(Styles.PANEL_TITLE);
        heading.textProperty().bind(Bindings.concat(i18n.get("companion.heading"), "  \u00b7  ", vm.titleProperty()));
        TextField address = new TextField();
        address.setId(ID_ADDRESS);
        address.setEditable(false);
        address.setPrefColumnCount(32);
        address.textProperty().bind(vm.addressProperty());
        HBox.setHgrow(address, Priority.ALWAYS);
        Label copied = new Label();
        copied.getStyleClass().add(Styles.HINT);
        Button copy = new Button(i18n.get("companion.copy"));
        copy.setId(ID_COPY);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.disableProperty().bind(vm.addressProperty().isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.addressProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText(i18n.get("companion.copied"));
        });
        HBox row = new HBox(8, address, copy);
        row.setAlignment(Pos.CENTER_LEFT);

        Label reach = wrapped(vm.reachProperty().get());
        reach.setId(ID_REACH);
        reach.textProperty().bind(vm.reachProperty());
        Label note = wrapped("");
        note.getStyleClass().add(Styles.STATE_WARN);
        note.textProperty().bind(vm.showNoteProperty());
        note.visibleProperty().bind(vm.showNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        CheckBox phones = new CheckBox(i18n.get("companion.phones"));
        phones.setId(ID_PHONES);
        phones.setWrapText(true);
        phones.selectedProperty().bindBidirectional(vm.phonesProperty());
        phones.disableProperty().bind(vm.restartingProperty());
        Button apply = new Button(i18n.get("companion.apply"));
        apply.setId(ID_APPLY);
        apply.disableProperty().bind(vm.restartingProperty());
        apply.setOnAction(e -> vm.applyPhones());
        Label phonesHint = wrapped(i18n.get("companion.phones.hint"));
        phonesHint.getStyleClass().add(Styles.HINT);
        VBox rehearsal = new VBox(6, phones, new HBox(8, apply), phonesHint);
        rehearsal.visibleProperty().bind(vm.rehearsalProperty());
        rehearsal.managedProperty().bind(vm.rehearsalProperty());

        VBox text = new VBox(10, heading, row, copied, reach, note, rehearsal);
        text.setPrefWidth(460);
        HBox content = new HBox(18, code, text);
        content.setPadding(new Insets(4));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(new ButtonType(i18n.get("companion.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        setOnHidden(e -> phones.selectedProperty().unbindBidirectional(vm.phonesProperty()));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** The code as one path of dark modules on the light square; the padding is the quiet zone. */
    private static void draw(StackPane code, QrCode qr) {
        code.getChildren().clear();
        if (qr == null) {
            return;
        }
        double module = Math.floor(SIDE / (qr.size() + 2.0 * QrCode.QUIET_ZONE));
        SVGPath modules = new SVGPath();
        modules.getStyleClass().add(Styles.QR_MODULES);
        modules.setContent(qr.svgPath(module));
        code.getChildren().add(modules);
    }
}
