package io.cuedeck.console;

import io.cuedeck.console.capacity.CapacityView;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.control.ControlView;
import io.cuedeck.console.live.LiveView;
import io.cuedeck.console.reports.ReportsView;
import io.cuedeck.console.shell.RoleCover;
import io.cuedeck.console.rundown.RundownView;
import io.cuedeck.console.shell.Dialogs;
import io.cuedeck.console.shell.HelpOverlay;
import io.cuedeck.console.shell.Hotkeys;
import io.cuedeck.console.shell.MainWindow;
import io.cuedeck.console.shell.NavigationView;
import io.cuedeck.console.shell.ShellViewModel;
import io.cuedeck.console.shell.ShowBarView;
import io.cuedeck.console.shell.StatusBarView;
import io.cuedeck.console.shell.StatusBarViewModel;
import io.cuedeck.console.shell.WelcomeCard;
import io.cuedeck.console.shell.WindowLayout;
import io.cuedeck.console.shell.WindowPlacement;
import io.cuedeck.console.shell.Workspace;
import io.cuedeck.console.theme.Theme;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The console's window, built on the FX thread from the view models of a {@link Console}: one view
 * per workspace, the show bar, the navigation, the status bar and the help overlay around them, in
 * the theme and with the hotkeys; opened where the user left it, and remembered when it closes.
 */
final class ConsoleWindow {

    private ConsoleWindow() {
    }

    static void open(Stage window, Console console, StatusBarViewModel status, I18n i18n, Dialogs dialogs) {
        ShellViewModel shell = console.shell();
        Hotkeys hotkeys = ConsoleHotkeys.build(shell, console.rundown(), console.jobs(), console::openConnection,
                console::openSettings);
        CapacityView capacity = new CapacityView(console.capacity(), dialogs);
        hotkeys.add("Shortcut+B", "hotkey.boostNow", () -> {
            shell.show(Workspace.CAPACITY);
            capacity.boostNow();
        });
        Map<Workspace, Node> views = Map.of(
                Workspace.LIVE, new LiveView(console.live(), i18n, new WelcomeCard(shell, i18n), console::openPhones),
                Workspace.RUNDOWN, new RoleCover(new RundownView(console.rundown(), i18n, dialogs, console.settings()),
                        console.role(), i18n, "role.manager.rundown", console::openConnection),
                Workspace.CAPACITY, new RoleCover(capacity, console.role(), i18n, "role.manager.capacity",
                        console::openConnection),
                Workspace.REPORTS, new ReportsView(console.reports()));
        MainWindow main = new MainWindow(shell, new VBox(
                new ShowBarView(console.shows(), console.session(), i18n, dialogs, console::openConnection,
                        console::openSettings, shell::toggleHelp, console::openPhones),
                new ControlView(console.control(), i18n, console::openAudit)),
                new NavigationView(shell, i18n),
                new StatusBarView(status, console.jobs(), i18n, console.session()::reconnectNow),
                new HelpOverlay(hotkeys, shell, i18n), views);
        Scene scene = new Scene(main, WindowPlacement.DEFAULT_WIDTH, WindowPlacement.DEFAULT_HEIGHT);
        Theme.apply(scene);
        hotkeys.install(scene);
        window.setTitle(i18n.get("app.title"));
        // The window and task-bar icon: the same source image as the installers' icons (assets/icons).
        for (int size : new int[] {16, 32, 48, 256}) {
            window.getIcons().add(new Image(ConsoleWindow.class.getResource(
                    "/io/cuedeck/assets/icons/cuedeck-" + size + ".png").toExternalForm()));
        }
        window.setScene(scene);
        WindowLayout.restore(window, console.settings());
        window.setOnHiding(e -> WindowLayout.remember(window, console.settings()));
        window.show();
    }
}
