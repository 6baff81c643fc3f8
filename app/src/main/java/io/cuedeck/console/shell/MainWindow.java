package io.cuedeck.console.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The main window's layout: the show bar on top, the navigation rail on the left, the current
 * workspace in the middle (under the F1 overlay), the status bar at the bottom.
 */
public final class MainWindow extends BorderPane {

    public static final String ID = "main-window";

    private final StackPane host = new StackPane();
    private final Map<Workspace, Node> workspaces = new EnumMap<>(Workspace.class);

    public MainWindow(ShellViewModel shell, Node showBar, Node navigation, Node statusBar, Node helpOverlay,
            Map<Workspace, Node> views) {
        setId(ID);
        workspaces.putAll(views);
        StackPane center = new StackPane(host, helpOverlay);
        setTop(showBar);
        setLeft(navigation);
        setCenter(center);
        setBottom(statusBar);
        shell.workspaceProperty().addListener((o, a, now) -> show(now));
        show(shell.workspaceProperty().get());
    }

    private void show(Workspace workspace) {
        Node view = workspaces.get(workspace);
        host.getChildren().setAll(view);
    }
}
