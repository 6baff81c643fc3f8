package io.cuedeck.console;

import io.cuedeck.console.common.AppDirs;
import io.cuedeck.console.session.EmbeddedRehearsal;
import io.cuedeck.console.session.RemoteBackends;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: builds the {@link Console} off the FX thread (it reads the settings
 * file), shows it on the FX thread, and closes it on exit. Launched by {@link Launcher}.
 */
public final class ConsoleApp extends Application {

    private Console console;

    @Override
    public void init() {
        java.nio.file.Path home = AppDirs.home();
        console = new Console(new ConsoleConfig(home, new EmbeddedRehearsal(AppDirs.backendData(home)),
                new RemoteBackends(),
                null, null));
    }

    @Override
    public void start(Stage stage) {
        console.show(stage);
    }

    @Override
    public void stop() {
        console.close();
    }
}
