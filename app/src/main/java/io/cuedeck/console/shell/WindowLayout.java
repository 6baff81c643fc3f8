package io.cuedeck.console.shell;

import io.cuedeck.console.common.Settings;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window where {@link WindowPlacement} says (the place the user left it, if it can still
 * be reached on today's screens) and remembers it when the window closes.
 */
public final class WindowLayout {

    private WindowLayout() {
    }

    public static void restore(Stage stage, Settings settings) {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary()))
                .forEach(s -> screens.add(s.getVisualBounds()));
        Rectangle2D bounds = WindowPlacement.restore(settings, screens);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(WindowPlacement.maximized(settings));
    }

    public static void remember(Stage stage, Settings settings) {
        WindowPlacement.remember(settings, new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                stage.isMaximized());
    }
}
