package io.cuedeck.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    @Test
    void eachSystemKeepsTheConsoleInItsUsualPerUserPlace() {
        assertThat(AppDirs.resolve(null, Map.of("APPDATA", "C:\\Users\\a\\AppData\\Roaming"), "Windows 11", "C:\\Users\\a"))
                .isEqualTo(Path.of("C:\\Users\\a\\AppData\\Roaming", "Cuedeck"));
        assertThat(AppDirs.resolve(null, Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Cuedeck"));
        assertThat(AppDirs.resolve(null, Map.of(), "Linux", "/home/a")).isEqualTo(Path.of("/home/a/.local/share/cuedeck"));
        assertThat(AppDirs.resolve(null, Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/a")).isEqualTo(Path.of("/x/cuedeck"));
    }

    @Test
    void anOverrideWins() {
        assertThat(AppDirs.resolve("/tmp/p", Map.of("CUEDECK_CONSOLE_HOME", "/e"), "Linux", "/home/a")).isEqualTo(Path.of("/tmp/p"));
        assertThat(AppDirs.resolve(null, Map.of("CUEDECK_CONSOLE_HOME", "/e"), "Linux", "/home/a")).isEqualTo(Path.of("/e"));
    }
}
