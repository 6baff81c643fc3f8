package io.cuedeck.console.shell;

import io.cuedeck.console.common.Settings;
import io.cuedeck.console.live.RehearsalViewModel;
import io.cuedeck.console.session.Connections;
import io.cuedeck.console.session.RemoteSecurity;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The connection dialog: embedded rehearsal or a remote URL and token (pre-filled from what this
 * user used last). Connect runs in the background; the dialog closes when it worked and shows the
 * reason when it did not.
 */
public final class ConnectionViewModel {

    private final Connections connections;
    private final RehearsalViewModel rehearsal;
    private final Settings settings;
    private final BooleanProperty remote = new SimpleBooleanProperty(this, "remote");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(this, "connecting");
    private final StringProperty trustedCa = new SimpleStringProperty(this, "trustedCa", "");
    private final BooleanProperty allowPlainHttp = new SimpleBooleanProperty(this, "allowPlainHttp");

    public ConnectionViewModel(Connections connections, RehearsalViewModel rehearsal, Settings settings) {
        this.connections = connections;
        this.rehearsal = rehearsal;
        this.settings = settings;
        remote.set("remote".equals(settings.get(Settings.BACKEND, "embedded")));
        url.set(settings.get(Settings.REMOTE_URL, "http://127.0.0.1:8080"));
        token.set(settings.token().orElse(""));
        trustedCa.set(settings.get(Settings.REMOTE_TRUSTED_CA, ""));
        allowPlainHttp.set(settings.getBoolean(Settings.REMOTE_ALLOW_PLAIN_HTTP));
    }

    /**
     * At start: connects to the backend this user used last, the remote one only when its URL and
     * token are remembered, else the embedded rehearsal; {@code failed} runs when that did not work.
     */
    public void connectToLastUsed(Runnable failed) {
        remote.set("remote".equals(settings.get(Settings.BACKEND, "embedded"))
                && settings.get(Settings.REMOTE_URL).isPresent() && settings.token().isPresent());
        connect(ok -> {
            if (!ok) {
                failed.run();
            }
        });
    }

    /** Starts the switch; {@code done} hears whether it worked (on the UI thread). */
    public void connect(Consumer<Boolean> done) {
        if (connecting.get()) {
            return;
        }
        connecting.set(true);
        Consumer<Boolean> finished = ok -> {
            connecting.set(false);
            done.accept(ok);
        };
        if (remote.get()) {
            connections.useRemote(url.get(), token.get(), security(), finished);
        } else {
            connections.useEmbedded(rehearsal.chosen(), finished);
        }
    }

    private RemoteSecurity security() {
        String ca = trustedCa.get() == null ? "" : trustedCa.get().strip();
        return new RemoteSecurity(ca.isEmpty() ? null : Path.of(ca), allowPlainHttp.get());
    }

    /** The path of a studio's own CA certificate trusted besides this computer's authorities; empty: none. */
    public StringProperty trustedCaProperty() {
        return trustedCa;
    }

    /** The user allows an unencrypted http:// connection to another computer. */
    public BooleanProperty allowPlainHttpProperty() {
        return allowPlainHttp;
    }

    public BooleanProperty remoteProperty() {
        return remote;
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** Bound to a password field only; never logged, never shown in clear. */
    public StringProperty tokenProperty() {
        return token;
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    public Connections connections() {
        return connections;
    }
}
