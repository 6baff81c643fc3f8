package io.cuedeck.console;

/**
 * The plain main class: launching from the class path needs a main class that does not extend
 * {@code Application}, or JavaFX reports its runtime components missing.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(ConsoleApp.class, args);
    }
}
