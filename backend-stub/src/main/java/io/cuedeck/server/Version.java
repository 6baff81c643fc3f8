package io.cuedeck.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build's version, from a resource Maven fills in; "dev" when run from an IDE without it. */
public final class Version {

    public static final String VERSION = load();

    private Version() {
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/cuedeck-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
