package io.cuedeck.console.bench;

import com.sun.management.OperatingSystemMXBean;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.common.SettingsStore;
import io.cuedeck.console.live.LiveView;
import io.cuedeck.console.live.LiveViewModel;
import io.cuedeck.console.live.RehearsalViewModel;
import io.cuedeck.console.session.Session;
import io.cuedeck.console.theme.Theme;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.console.FireStarted;
import io.cuedeck.protocol.console.Tick;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Benchmark, not a test: the Live workspace at 1600x1000 with its charts holding one hour of
 * 1-second data (3,600 points per series, 4 series in 3 charts, 3 fire markers) while 10 updates
 * per second arrive (each one more second, so the whole window scrolls). Prints the process CPU
 * over the measured interval as a share of one core. Run it on a real display (Xvfb is fine):
 * see docs/benchmarks.md for the command.
 */
public final class LiveChartsBenchmark {

    public static void main(String[] args) throws Exception {
        int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int measureSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int updatesPerSecond = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        CountDownLatch shown = new CountDownLatch(1);
        LiveViewModel[] holder = new LiveViewModel[1];
        AtomicLong second = new AtomicLong(Instant.now().getEpochSecond() - 3600);
        Platform.startup(() -> {
            try {
                LiveViewModel vm = liveModel();
                for (int s = 0; s < 3600; s++) {
                    vm.onEvent(tick(second.getAndIncrement()));
                }
                for (int m = 1; m <= 3; m++) {
                    Instant at = Instant.ofEpochSecond(second.get() - m * 900L);
                    vm.onEvent(new FireStarted("f" + m, "c" + m, CueKind.POLL, at, at.plusSeconds(30), 1000));
                }
                // Fill before showing: ChartFX holds its data sets' locks from layout to the end of a pulse.
                show(vm);
                holder[0] = vm;
                shown.countDown();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        shown.await();
        ScheduledExecutorService feed = Executors.newSingleThreadScheduledExecutor();
        feed.scheduleAtFixedRate(() -> Platform.runLater(() -> holder[0].onEvent(tick(second.getAndIncrement()))),
                0, 1000 / updatesPerSecond, TimeUnit.MILLISECONDS);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread.sleep(warmupSeconds * 1000L);
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        long points0 = second.get();
        Thread.sleep(measureSeconds * 1000L);
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        long updates = second.get() - points0;
        System.out.printf(Locale.ROOT, "live-charts: %d updates in %.1f s (%.1f/s), 3,600 points per series,"
                + " process CPU %.1f %% of one core (%d cores available)%n", updates, wall / 1e9, updates / (wall / 1e9),
                100.0 * cpu / wall, Runtime.getRuntime().availableProcessors());
        feed.shutdownNow();
        Platform.exit();
        System.exit(0);
    }

    private static Tick tick(long epochSecond) {
        double wave = Math.sin(epochSecond / 300.0);
        long viewers = 18_000 + Math.round(2_000 * wave) + (epochSecond % 7) * 13;
        return new Tick(epochSecond * 1000, viewers, viewers / 30.0, 40 + epochSecond % 11, 35 + epochSecond % 13, viewers);
    }

    private static final I18n I18N = new I18n(Locale.ENGLISH);

    private static LiveViewModel liveModel() throws Exception {
        Jobs jobs = new Jobs(Runnable::run, Runnable::run);
        return new LiveViewModel(new Session(jobs, Runnable::run), jobs, I18N, java.time.Clock.systemDefaultZone(), id -> null,
                new RehearsalViewModel(jobs, I18N, new SettingsStore(Files.createTempDirectory("bench")).load(Runnable::run)));
    }

    private static void show(LiveViewModel vm) {
        Stage stage = new Stage();
        Scene scene = new Scene(new LiveView(vm, I18N, new Region(), () -> { }), 1600, 1000);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }
}
