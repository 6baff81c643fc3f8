package io.cuedeck.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path home;

    @Test
    void settingsAndTheTokenSurviveARestartAndTheTokenIsOwnerOnlyAndNotInTheSettingsFile() throws Exception {
        SettingsStore store = new SettingsStore(home);
        Settings settings = store.load(Runnable::run);
        settings.set(Settings.REMOTE_URL, "http://127.0.0.1:8080");
        settings.set(Settings.WINDOW_WIDTH, 1400.0);
        settings.rememberToken("s3cret-token");

        Settings again = new SettingsStore(home).load(Runnable::run);
        assertThat(again.get(Settings.REMOTE_URL)).contains("http://127.0.0.1:8080");
        assertThat(again.getDouble(Settings.WINDOW_WIDTH, 0)).isEqualTo(1400.0);
        assertThat(again.token()).contains("s3cret-token");
        assertThat(Files.readString(store.settingsFile())).doesNotContain("s3cret-token");
        assertThat(Files.getPosixFilePermissions(home.resolve("remote.token")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aBrokenValueFallsBackToTheDefault() {
        Settings settings = new SettingsStore(home).load(Runnable::run);
        settings.set(Settings.AUDIENCE, "many");
        assertThat(settings.getInt(Settings.AUDIENCE, 300)).isEqualTo(300);
    }

    @Test
    void writesGoThroughTheInjectedExecutor() {
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        Settings settings = new SettingsStore(home).load(queued::add);
        settings.set(Settings.WORKSPACE, "RUNDOWN");
        assertThat(Files.exists(home.resolve("console.properties"))).as("nothing written on the caller's thread").isFalse();
        queued.forEach(Runnable::run);
        assertThat(Files.exists(home.resolve("console.properties"))).isTrue();
    }

    @Test
    void quickChangesWrittenByAPoolEndWithTheLastValuesOnDisk() throws Exception {
        // The console's background pool runs writes on several threads, in any order; closing the
        // window changes five values at once. The file must end with the last of each.
        ExecutorService pool = Executors.newCachedThreadPool();
        Settings settings = new SettingsStore(home).load(pool);
        for (int i = 0; i <= 200; i++) {
            settings.set(Settings.WINDOW_X, i);
            settings.set(Settings.WINDOW_WIDTH, 1000 + i);
        }
        settings.rememberToken("first");
        settings.rememberToken("last");
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        Settings again = new SettingsStore(home).load(Runnable::run);
        assertThat(again.getInt(Settings.WINDOW_X, -1)).isEqualTo(200);
        assertThat(again.getInt(Settings.WINDOW_WIDTH, -1)).isEqualTo(1200);
        assertThat(again.token()).contains("last");
    }
}
