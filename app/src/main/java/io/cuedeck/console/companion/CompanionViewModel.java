package io.cuedeck.console.companion;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.common.Settings;
import io.cuedeck.console.session.Backend;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * Phones: the address of the current show's companion page ({@code /watch/{showId}}), its QR code,
 * and, in words, who can open it. A rehearsal backend listens on 127.0.0.1 unless the producer
 * lets phones on this network join, which restarts it on every interface (saved per user; off by
 * default). Everything here runs and changes on the UI thread; the network addresses are read in
 * the background.
 */
public final class CompanionViewModel {

    /** Restarts the embedded backend with the current settings; {@code done} hears whether it worked. */
    public interface Restarter {
        void restart(Consumer<Boolean> done);
    }

    private final ObservableValue<Backend> backend;
    private final ObservableValue<Show> show;
    private final Jobs jobs;
    private final I18n i18n;
    private final Settings settings;
    private final Supplier<List<String>> lanAddresses;
    private final Restarter restarter;
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper(this, "address", "");
    private final ReadOnlyObjectWrapper<QrCode> qr = new ReadOnlyObjectWrapper<>(this, "qr");
    private final ReadOnlyStringWrapper reach = new ReadOnlyStringWrapper(this, "reach", "");
    private final ReadOnlyStringWrapper showNote = new ReadOnlyStringWrapper(this, "showNote", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper rehearsal = new ReadOnlyBooleanWrapper(this, "rehearsal");
    private final ReadOnlyBooleanWrapper restarting = new ReadOnlyBooleanWrapper(this, "restarting");
    private final BooleanProperty phones = new SimpleBooleanProperty(this, "phones");
    private List<String> lan = List.of();

    public CompanionViewModel(ObservableValue<Backend> backend, ObservableValue<Show> show, Jobs jobs, I18n i18n,
            Settings settings, Supplier<List<String>> lanAddresses, Restarter restarter) {
        this.backend = backend;
        this.show = show;
        this.jobs = jobs;
        this.i18n = i18n;
        this.settings = settings;
        this.lanAddresses = lanAddresses;
        this.restarter = restarter;
        backend.addListener((o, a, b) -> refresh());
        show.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Reads the network addresses again (the window opens, the Wi-Fi changed) and recomputes. */
    public void refresh() {
        phones.set(settings.getBoolean(Settings.REHEARSAL_PHONES));
        recompute();
        jobs.quietly(lanAddresses::get, found -> {
            lan = found;
            recompute();
        }, ignored -> { });
    }

    /** Saves the choice and restarts the rehearsal backend with it, if it changed. */
    public void applyPhones() {
        Backend current = backend.getValue();
        boolean wanted = phones.get();
        if (current == null || !current.embedded() || current.openToNetwork() == wanted || restarting.get()) {
            return;
        }
        settings.set(Settings.REHEARSAL_PHONES, wanted);
        restarting.set(true);
        recompute();
        restarter.restart(ok -> {
            restarting.set(false);
            recompute();
        });
    }

    private void recompute() {
        Backend b = backend.getValue();
        Show s = show.getValue();
        rehearsal.set(b != null && b.embedded());
        title.set(s == null ? "" : s.title());
        if (b == null || s == null) {
            address.set("");
            qr.set(null);
            reach.set(i18n.get("companion.noShow"));
            showNote.set("");
            return;
        }
        URI base = b.baseUrl();
        String host = base.getHost();
        boolean network = b.openToNetwork() && !lan.isEmpty();
        String root = network ? base.getScheme() + "://" + lan.get(0) + ":" + base.getPort() : trimmed(base);
        address.set(root + "/watch/" + s.id());
        qr.set(QrCode.of(address.get()));
        reach.set(restarting.get() ? i18n.get("companion.restarting") : PageReach.describe(i18n, b, lan, host, base.getPort()));
        showNote.set(s.status() == ShowStatus.DRAFT ? i18n.get("companion.draft")
                : s.status() == ShowStatus.ENDED ? i18n.get("companion.ended") : "");
    }

    private static String trimmed(URI base) {
        String text = base.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The page's address; empty when no show is picked. */
    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** The address as a QR code; null when there is none. */
    public ReadOnlyObjectProperty<QrCode> qrProperty() {
        return qr.getReadOnlyProperty();
    }

    /** Who can open the address, and what to do if phones cannot. */
    public ReadOnlyStringProperty reachProperty() {
        return reach.getReadOnlyProperty();
    }

    /** A word on the show's status (not live yet, ended); empty while it is live. */
    public ReadOnlyStringProperty showNoteProperty() {
        return showNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True on the embedded rehearsal backend, the one that can be opened to phones from here. */
    public ReadOnlyBooleanProperty rehearsalProperty() {
        return rehearsal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty restartingProperty() {
        return restarting.getReadOnlyProperty();
    }

    /** "Let phones on this network join": the choice in the window, applied by {@link #applyPhones()}. */
    public BooleanProperty phonesProperty() {
        return phones;
    }
}
