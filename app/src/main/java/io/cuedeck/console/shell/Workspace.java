package io.cuedeck.console.shell;

/** The four workspaces of the console, in navigation order (Ctrl+1 .. Ctrl+4). */
public enum Workspace {
    LIVE, RUNDOWN, CAPACITY, REPORTS;

    /** The resource-bundle key of its name. */
    public String key() {
        return "nav." + name().toLowerCase();
    }

    static Workspace parse(String text) {
        try {
            return text == null ? LIVE : valueOf(text);
        } catch (IllegalArgumentException e) {
            return LIVE;
        }
    }
}
