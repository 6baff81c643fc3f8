package io.cuedeck.console.shell;

import io.cuedeck.console.common.Settings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Which workspace is shown, and the help overlay and welcome card; remembered per user. */
public final class ShellViewModel {

    private final Settings settings;
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>(this, "workspace");
    private final BooleanProperty helpVisible = new SimpleBooleanProperty(this, "helpVisible");
    private final BooleanProperty welcomeVisible = new SimpleBooleanProperty(this, "welcomeVisible");

    public ShellViewModel(Settings settings) {
        this.settings = settings;
        workspace.set(Workspace.parse(settings.get(Settings.WORKSPACE, null)));
        welcomeVisible.set(!settings.getBoolean(Settings.WELCOME_SEEN));
        workspace.addListener((o, a, b) -> settings.set(Settings.WORKSPACE, b.name()));
    }

    public void show(Workspace next) {
        workspace.set(next);
    }

    public void toggleHelp() {
        helpVisible.set(!helpVisible.get());
    }

    /** Escape: closes the help overlay if open; answers whether it did. */
    public boolean closeOverlay() {
        if (helpVisible.get()) {
            helpVisible.set(false);
            return true;
        }
        return false;
    }

    public void dismissWelcome() {
        welcomeVisible.set(false);
        settings.set(Settings.WELCOME_SEEN, true);
    }

    public ObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public BooleanProperty helpVisibleProperty() {
        return helpVisible;
    }

    public BooleanProperty welcomeVisibleProperty() {
        return welcomeVisible;
    }
}
