package io.cuedeck.console.shell;

import io.cuedeck.console.common.Settings;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: where the producer left it when that place can still be reached,
 * else a default on the primary screen. A place can be reached when at least half the height of
 * the window's title bar lies on a screen, {@link #MIN_GRAB} pixels across or more: a window left
 * on a monitor that has since been unplugged, or dragged up past the screen's top, opens on the
 * default instead of out of reach. Toolkit-free: the screens' visual bounds are passed in.
 */
public final class WindowPlacement {

    public static final double DEFAULT_WIDTH = 1600;
    public static final double DEFAULT_HEIGHT = 1000;
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;
    /** Height of the title bar that must be on a screen to drag the window by. */
    static final double TITLE_BAR = 32;
    /** How much of the title bar's width must be on that screen. */
    static final double MIN_GRAB = 160;

    private WindowPlacement() {
    }

    /**
     * The bounds to open the window at, from the saved layout and the screens' visual bounds now
     * (the primary screen first). The size never exceeds the screen the window opens on.
     */
    public static Rectangle2D restore(Settings settings, List<Rectangle2D> screens) {
        double x = settings.getDouble(Settings.WINDOW_X, Double.NaN);
        double y = settings.getDouble(Settings.WINDOW_Y, Double.NaN);
        double width = Math.max(MIN_WIDTH, settings.getDouble(Settings.WINDOW_WIDTH, DEFAULT_WIDTH));
        double height = Math.max(MIN_HEIGHT, settings.getDouble(Settings.WINDOW_HEIGHT, DEFAULT_HEIGHT));
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            Rectangle2D saved = new Rectangle2D(x, y, width, height);
            for (Rectangle2D screen : screens) {
                if (titleBarOn(saved, screen)) {
                    return new Rectangle2D(x, y, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
                }
            }
        }
        return byDefault(screens.get(0));
    }

    /** Whether the window was maximized when it closed. */
    public static boolean maximized(Settings settings) {
        return settings.getBoolean(Settings.WINDOW_MAXIMIZED);
    }

    /** Saves the layout; a maximized window keeps the bounds it had before, to restore to. */
    public static void remember(Settings settings, Rectangle2D bounds, boolean maximized) {
        settings.set(Settings.WINDOW_MAXIMIZED, maximized);
        if (!maximized) {
            settings.set(Settings.WINDOW_X, bounds.getMinX());
            settings.set(Settings.WINDOW_Y, bounds.getMinY());
            settings.set(Settings.WINDOW_WIDTH, bounds.getWidth());
            settings.set(Settings.WINDOW_HEIGHT, bounds.getHeight());
        }
    }

    /** The default: 1600 x 1000, or the whole screen when it is smaller, centred on it. */
    static Rectangle2D byDefault(Rectangle2D screen) {
        double width = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    private static boolean titleBarOn(Rectangle2D window, Rectangle2D screen) {
        double across = Math.min(window.getMaxX(), screen.getMaxX()) - Math.max(window.getMinX(), screen.getMinX());
        boolean grabbable = window.getMinY() + TITLE_BAR / 2 >= screen.getMinY()
                && window.getMinY() + TITLE_BAR <= screen.getMaxY();
        return grabbable && across >= MIN_GRAB;
    }
}
