package io.cuedeck.console.companion;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.connector.ClientConfig;
import io.cuedeck.connector.CuedeckClient;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.common.Settings;
import io.cuedeck.console.common.SettingsStore;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.ClientBackend;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Toolkit-free: current-thread executors; backends that are never called (only their addresses are read). */
class CompanionViewModelTest {

    @TempDir
    Path home;

    private final SimpleObjectProperty<Backend> backend = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Show> show = new SimpleObjectProperty<>();
    private final List<Backend> made = new ArrayList<>();
    private final List<Consumer<Boolean>> restarts = new ArrayList<>();
    private List<String> lan = List.of("192.168.1.20", "10.0.0.5");
    private Settings settings;

    private CompanionViewModel model() {
        Jobs jobs = new Jobs(Runnable::run, Runnable::run);
        settings = new SettingsStore(home).load(Runnable::run);
        return new CompanionViewModel(backend, show, jobs, new I18n(Locale.ENGLISH), settings, () -> lan, restarts::add);
    }

    private Backend backend(String url, boolean embedded, boolean openToNetwork) {
        Backend b = new ClientBackend(CuedeckClient.create(ClientConfig.of(url, "token")), embedded, openToNetwork, () -> { });
        made.add(b);
        return b;
    }

    private static Show show(String id, ShowStatus status) {
        return new Show(id, "Friday Night Final", status, null, null, Instant.EPOCH, null, null);
    }

    @AfterEach
    void closeClients() {
        made.forEach(Backend::close);
    }

    @Test
    void aRehearsalOnLoopbackGivesThePageAddressAndSaysPhonesCannotReachIt() throws Exception {
        CompanionViewModel vm = model();
        backend.set(backend("http://127.0.0.1:41873", true, false));
        show.set(show("friday-final", ShowStatus.LIVE));

        assertThat(vm.addressProperty().get()).isEqualTo("http://127.0.0.1:41873/watch/friday-final");
        assertThat(QrScan.modules(vm.qrProperty().get())).isEqualTo("http://127.0.0.1:41873/watch/friday-final");
        assertThat(vm.reachProperty().get()).contains("this computer only", "127.0.0.1", "tick the box below");
        assertThat(vm.rehearsalProperty().get()).isTrue();
        assertThat(vm.showNoteProperty().get()).isEmpty();
        assertThat(vm.titleProperty().get()).isEqualTo("Friday Night Final");
    }

    @Test
    void aRehearsalOpenToTheNetworkGivesThisComputersNetworkAddressAndTheOthers() throws Exception {
        CompanionViewModel vm = model();
        backend.set(backend("http://127.0.0.1:41873", true, true));
        show.set(show("friday-final", ShowStatus.LIVE));

        assertThat(vm.addressProperty().get()).isEqualTo("http://192.168.1.20:41873/watch/friday-final");
        assertThat(QrScan.modules(vm.qrProperty().get())).isEqualTo(vm.addressProperty().get());
        assertThat(vm.reachProperty().get()).contains("same network", "port 41873", "Other addresses of this computer: 10.0.0.5.");
    }

    @Test
    void withoutANetworkAddressPhonesCannotJoinAndTheWindowSaysSo() {
        lan = List.of();
        CompanionViewModel vm = model();
        backend.set(backend("http://127.0.0.1:41873", true, true));
        show.set(show("friday-final", ShowStatus.LIVE));

        assertThat(vm.addressProperty().get()).isEqualTo("http://127.0.0.1:41873/watch/friday-final");
        assertThat(vm.reachProperty().get()).startsWith("Phones cannot join yet: this computer has no network address.");
    }

    @Test
    void aRemoteBackendGivesItsOwnAddressAndALoopbackOneSaysHowToOpenIt() {
        CompanionViewModel vm = model();
        show.set(show("friday-final", ShowStatus.DRAFT));
        backend.set(backend("https://cuedeck.studio.example:8443/", false, false));

        assertThat(vm.addressProperty().get()).isEqualTo("https://cuedeck.studio.example:8443/watch/friday-final");
        assertThat(vm.reachProperty().get()).isEqualTo("Phones that can reach cuedeck.studio.example scan the code or open the address.");
        assertThat(vm.showNoteProperty().get()).startsWith("The show is not live yet");
        assertThat(vm.rehearsalProperty().get()).isFalse();

        backend.set(backend("http://localhost:8080", false, false));
        assertThat(vm.reachProperty().get()).contains("CUEDECK_BIND=0.0.0.0");
    }

    @Test
    void withoutAShowThereIsNoAddressAndNoCode() {
        CompanionViewModel vm = model();
        backend.set(backend("http://127.0.0.1:41873", true, false));

        assertThat(vm.addressProperty().get()).isEmpty();
        assertThat(vm.qrProperty().get()).isNull();
        assertThat(vm.reachProperty().get()).startsWith("Pick a show first");
    }

    @Test
    void lettingPhonesJoinSavesTheChoiceAndRestartsTheRehearsalOnceWhenItChanged() {
        CompanionViewModel vm = model();
        backend.set(backend("http://127.0.0.1:41873", true, false));
        show.set(show("friday-final", ShowStatus.LIVE));

        vm.applyPhones();
        assertThat(restarts).as("nothing changed: no restart").isEmpty();

        vm.phonesProperty().set(true);
        vm.applyPhones();
        vm.applyPhones();
        assertThat(settings.getBoolean(Settings.REHEARSAL_PHONES)).isTrue();
        assertThat(restarts).hasSize(1);
        assertThat(vm.restartingProperty().get()).isTrue();
        assertThat(vm.reachProperty().get()).isEqualTo("Restarting the rehearsal backend\u2026");

        backend.set(backend("http://127.0.0.1:41999", true, true));
        restarts.get(0).accept(true);
        assertThat(vm.restartingProperty().get()).isFalse();
        assertThat(vm.addressProperty().get()).isEqualTo("http://192.168.1.20:41999/watch/friday-final");
    }

    @Test
    void aRemoteBackendCannotBeRestartedFromHere() {
        CompanionViewModel vm = model();
        backend.set(backend("https://cuedeck.studio.example", false, false));
        show.set(show("friday-final", ShowStatus.LIVE));

        vm.phonesProperty().set(true);
        vm.applyPhones();

        assertThat(restarts).isEmpty();
        assertThat(settings.getBoolean(Settings.REHEARSAL_PHONES)).isFalse();
    }
}
