package io.cuedeck.console.theme;

import java.net.URL;
import java.util.Objects;
import javafx.scene.Scene;

/** Loads the control-room theme onto a scene (also onto dialogs, so they stay dark). */
public final class Theme {

    public static final String CSS = "/io/cuedeck/assets/theme/cuedeck.css";

    private Theme() {
    }

    public static String stylesheet() {
        URL url = Objects.requireNonNull(Theme.class.getResource(CSS), "theme missing from the class path: " + CSS);
        return url.toExternalForm();
    }

    public static void apply(Scene scene) {
        apply(scene.getStylesheets());
    }

    /** Adds the theme (and the CJK-capable font rule, where needed) to a list of stylesheets. */
    public static void apply(java.util.List<String> stylesheets) {
        if (!stylesheets.contains(stylesheet())) {
            stylesheets.add(stylesheet());
            Fonts.stylesheet().ifPresent(stylesheets::add);
        }
    }
}
