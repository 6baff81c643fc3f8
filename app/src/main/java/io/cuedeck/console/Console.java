package io.cuedeck.console;

import io.cuedeck.console.audit.AuditView;
import io.cuedeck.console.audit.AuditViewModel;
import io.cuedeck.console.capacity.CapacityViewModel;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.companion.CompanionDialog;
import io.cuedeck.console.companion.CompanionViewModel;
import io.cuedeck.console.companion.LanAddresses;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.common.Settings;
import io.cuedeck.console.common.SettingsStore;
import io.cuedeck.console.common.UiExecutors;
import io.cuedeck.console.common.UiLanguage;
import io.cuedeck.console.control.ControlViewModel;
import io.cuedeck.console.live.LiveViewModel;
import io.cuedeck.console.live.RehearsalViewModel;
import io.cuedeck.console.rundown.RundownViewModel;
import io.cuedeck.console.session.Connections;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.Session;
import io.cuedeck.console.shell.Workspace;
import io.cuedeck.console.session.TokenRole;
import io.cuedeck.console.reports.ReportsViewModel;
import io.cuedeck.console.shell.ConnectionDialog;
import io.cuedeck.console.shell.ConnectionViewModel;
import io.cuedeck.console.shell.Dialogs;
import io.cuedeck.console.shell.SettingsDialog;
import io.cuedeck.console.shell.SettingsViewModel;
import io.cuedeck.console.shell.ShellViewModel;
import io.cuedeck.console.shell.ShowsViewModel;
import io.cuedeck.console.shell.StatusBarViewModel;
import io.cuedeck.console.shell.WindowLayout;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;

/**
 * The composition root: wires settings, executors, the session and every view model; opens the
 * window ({@link ConsoleWindow}: the views and the hotkeys), starts the one-second ticker, then
 * connects to the backend the user used last (the embedded rehearsal by default).
 * {@link ConsoleApp} and the UI tests both start it.
 */
public final class Console {

    private final ExecutorService io = UiExecutors.background();
    private final ScheduledExecutorService ticker = UiExecutors.ticker();
    private final Executor ui = UiExecutors.fxThread();
    private final Settings settings;
    private final I18n i18n;
    private final Jobs jobs = new Jobs(io, ui);
    private final Session session = new Session(jobs, ui);
    private final ShellViewModel shell;
    private final ShowsViewModel shows;
    private final RehearsalViewModel rehearsal;
    private final RundownViewModel rundown;
    private final LiveViewModel live;
    private final StatusBarViewModel status;
    private final ConnectionViewModel connection;
    private final CapacityViewModel capacity;
    private final SettingsViewModel preferences;
    private final CompanionViewModel phones;
    // Take-control between consoles and the audit trail (issue 13).
    private final ControlViewModel control;
    private final AuditViewModel audit;
    private AuditView auditWindow;
    // Post-show reports (issue 9); the token's role decides which workspaces can be used.
    private final ReportsViewModel reports;
    private final javafx.beans.property.ObjectProperty<TokenRole> role =
            new javafx.beans.property.SimpleObjectProperty<>(this, "role");
    private Stage stage;
    private Dialogs dialogs;
    private CompanionDialog phonesWindow;

    /** Reads the settings file: construct off the FX thread (ConsoleApp does it in {@code init}). */
    public Console(ConsoleConfig config) {
        this.settings = new SettingsStore(config.home()).load(io);
        Locale locale = config.locale() != null ? config.locale()
                : UiLanguage.resolve(settings.get(Settings.LOCALE), Locale.getDefault());
        this.i18n = new I18n(locale);
        this.preferences = new SettingsViewModel(settings, i18n, Locale.getDefault());
        this.shell = new ShellViewModel(settings);
        this.shows = new ShowsViewModel(session, jobs, i18n, settings);
        this.rehearsal = new RehearsalViewModel(jobs, i18n, settings);
        this.rundown = new RundownViewModel(session, jobs, i18n, config.clock());
        this.live = new LiveViewModel(session, jobs, i18n, config.clock(), rundown::find, rehearsal);
        this.status = new StatusBarViewModel(session, live, i18n, config.clock());
        session.addFeed(rundown);
        session.addFeed(live);
        this.control = new ControlViewModel(session, jobs, i18n, config.clock());
        session.addFeed(control);
        rundown.fire().gateOnControl(control.takeBlockedProperty());
        this.audit = new AuditViewModel(session, jobs, i18n, config.clock());
        this.capacity = new CapacityViewModel(session, jobs, i18n, config.clock());
        session.addFeed(capacity);
        this.reports = new ReportsViewModel(jobs, ui, i18n, config.clock(), java.time.ZoneId.systemDefault(),
                config.folders());
        reports.backendProperty().bind(session.backendProperty());
        Connections connections = new Connections(session, jobs, i18n, settings, config.embedded(), config.remote(),
                (backend, audience, preferred) -> {
                    rehearsal.attach(audience);
                    shows.refresh(preferred);
                    learnRole(backend);
                });
        this.connection = new ConnectionViewModel(connections, rehearsal, settings);
        this.phones = new CompanionViewModel(session.backendProperty(), session.showProperty(), jobs, i18n, settings,
                LanAddresses::find, done -> connections.useEmbedded(rehearsal.chosen(), done));
    }

    /** Builds the window on the FX thread, shows it, and connects in the background. */
    public void show(Stage window) {
        this.stage = window;
        this.dialogs = new Dialogs(window, i18n.get("dialog.cancel"));
        ConsoleWindow.open(window, this, status, i18n, dialogs);
        ticker.scheduleAtFixedRate(() -> ui.execute(this::onSecond), 1, 1, TimeUnit.SECONDS);
        connection.connectToLastUsed(this::openConnection);
    }

    private void onSecond() {
        status.onSecond();
        live.onSecond();
        control.onSecond();
        rundown.fire().onSecond();
        capacity.onSecond();
    }

    /** Asks what the token may do; a manager's console opens on Reports. */
    private void learnRole(Backend backend) {
        role.set(null);
        jobs.quietly(backend::role, r -> {
            if (session.backend() == backend) {
                role.set(r);
                if (r == TokenRole.MANAGER) {
                    shell.show(Workspace.REPORTS);
                }
            }
        }, e -> role.set(null));
    }

    /** The show's audit trail (the take-control strip's button): one window at a time, not modal. */
    public void openAudit() {
        if (auditWindow != null && auditWindow.isShowing()) {
            audit.refresh();
            ((Stage) auditWindow.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        auditWindow = new AuditView(audit, i18n, dialogs);
        auditWindow.show();
    }

    /** The connection dialog (Backend… button, Ctrl+L). */
    public void openConnection() {
        new ConnectionDialog(connection, i18n, dialogs).show();
    }

    /** The settings dialog (Settings… button, Ctrl+,): the console's language. */
    public void openSettings() {
        new SettingsDialog(preferences, i18n, dialogs).show();
    }

    /** The Phones window (show bar and Live workspace): one at a time, not modal. */
    public void openPhones() {
        if (phonesWindow != null && phonesWindow.isShowing()) {
            ((Stage) phonesWindow.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        phonesWindow = new CompanionDialog(phones, i18n, dialogs);
        phonesWindow.show();
    }

    /** Stops the ticker and the stream, closes the backend, and lets the last settings write finish. */
    public void close() {
        if (stage != null) {
            stage.setOnHiding(null);
            WindowLayout.remember(stage, settings);
        }
        ticker.shutdownNow();
        session.shutdown();
        if (session.backend() != null) {
            io.execute(session.backend()::close);
        }
        io.shutdown();
    }

    public Session session() {
        return session;
    }

    public RundownViewModel rundown() {
        return rundown;
    }

    public LiveViewModel live() {
        return live;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public ShowsViewModel shows() {
        return shows;
    }

    public Jobs jobs() {
        return jobs;
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public CapacityViewModel capacity() {
        return capacity;
    }

    public Settings settings() {
        return settings;
    }

    public SettingsViewModel preferences() {
        return preferences;
    }

    public Stage stage() {
        return stage;
    }

    public CompanionViewModel phones() {
        return phones;
    }

    public ControlViewModel control() {
        return control;
    }

    public ReportsViewModel reports() {
        return reports;
    }

    /** What this console's token may do (null until known). */
    public javafx.beans.property.ReadOnlyObjectProperty<TokenRole> role() {
        return role;
    }

    public AuditViewModel audit() {
        return audit;
    }
}
