package io.cuedeck.console.shell;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.theme.Styles;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Switches between the embedded rehearsal backend and a remote one without restarting. The token
 * sits in a password field: it never appears on screen or in a screenshot. A remote backend may name
 * a studio's own CA certificate to trust, and an unencrypted http:// link to another computer needs
 * its box ticked.
 */
public final class ConnectionDialog extends Dialog<Void> {

    public static final String ID_URL = "connect-url";
    public static final String ID_TOKEN = "connect-token";
    public static final String ID_REMOTE = "connect-remote";
    public static final String ID_EMBEDDED = "connect-embedded";
    public static final String ID_TRUSTED_CA = "connect-trusted-ca";
    public static final String ID_CHOOSE_CA = "connect-choose-ca";
    public static final String ID_ALLOW_PLAIN = "connect-allow-plain-http";

    public ConnectionDialog(ConnectionViewModel vm, I18n i18n, Dialogs dialogs) {
        dialogs.prepare(this, i18n.get("connect.title"));
        ToggleGroup mode = new ToggleGroup();
        RadioButton embedded = new RadioButton(i18n.get("connect.embedded"));
        embedded.setId(ID_EMBEDDED);
        RadioButton remote = new RadioButton(i18n.get("connect.remote"));
        remote.setId(ID_REMOTE);
        embedded.setToggleGroup(mode);
        remote.setToggleGroup(mode);
        remote.setSelected(vm.remoteProperty().get());
        embedded.setSelected(!vm.remoteProperty().get());
        vm.remoteProperty().bind(remote.selectedProperty());

        TextField url = new TextField();
        url.setId(ID_URL);
        url.textProperty().bindBidirectional(vm.urlProperty());
        PasswordField token = new PasswordField();
        token.setId(ID_TOKEN);
        token.textProperty().bindBidirectional(vm.tokenProperty());
        url.disableProperty().bind(remote.selectedProperty().not());
        token.disableProperty().bind(remote.selectedProperty().not());
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        fields.addRow(0, new Label(i18n.get("connect.url")), url);
        fields.addRow(1, new Label(i18n.get("connect.token")), token);
        url.setPrefColumnCount(30);
        addSecurity(fields, vm, i18n, remote);

        Label embeddedHint = new Label(i18n.get("connect.embeddedHint"));
        embeddedHint.getStyleClass().add(Styles.HINT);
        embeddedHint.setWrapText(true);
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.NOTICE_ERROR);
        problem.textProperty().bind(vm.connections().problemProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.connectingProperty());
        VBox content = new VBox(10, embedded, embeddedHint, remote, fields, problem, progress);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);

        ButtonType connect = new ButtonType(i18n.get("connect.connect"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(connect, new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button connectButton = (Button) getDialogPane().lookupButton(connect);
        connectButton.disableProperty().bind(vm.connectingProperty());
        connectButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.connect(ok -> {
                if (ok) {
                    close();
                }
            });
        });
        setOnHidden(e -> vm.remoteProperty().unbind());
    }

    /** A studio's own CA (a file), and the explicit yes to an unencrypted http:// link to another computer. */
    private void addSecurity(GridPane fields, ConnectionViewModel vm, I18n i18n, RadioButton remote) {
        TextField ca = new TextField();
        ca.setId(ID_TRUSTED_CA);
        ca.setPromptText(i18n.get("tls.caPrompt"));
        ca.textProperty().bindBidirectional(vm.trustedCaProperty());
        Button choose = new Button(i18n.get("tls.caChoose"));
        choose.setId(ID_CHOOSE_CA);
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("tls.caChooserTitle"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(i18n.get("tls.caFiles"), "*.pem", "*.crt", "*.cer", "*.der"),
                    new FileChooser.ExtensionFilter(i18n.get("tls.allFiles"), "*"));
            java.io.File picked = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (picked != null) {
                vm.trustedCaProperty().set(picked.getAbsolutePath());
            }
        });
        HBox caRow = new HBox(6, ca, choose);
        HBox.setHgrow(ca, Priority.ALWAYS);
        CheckBox plain = new CheckBox(i18n.get("tls.allowPlain"));
        plain.setId(ID_ALLOW_PLAIN);
        plain.setWrapText(true);
        plain.selectedProperty().bindBidirectional(vm.allowPlainHttpProperty());
        Label hint = new Label(i18n.get("tls.hint"));
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        hint.setMaxWidth(440);
        for (javafx.scene.Node n : new javafx.scene.Node[] {ca, choose, plain}) {
            n.disableProperty().bind(remote.selectedProperty().not());
        }
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().setAll(labels, inputs);
        fields.addRow(2, new Label(i18n.get("tls.ca")), caRow);
        fields.add(hint, 1, 3);
        fields.add(plain, 1, 4);
    }
}
