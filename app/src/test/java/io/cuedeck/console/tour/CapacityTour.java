package io.cuedeck.console.tour;

import io.cuedeck.console.Console;
import io.cuedeck.console.ConsoleConfig;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.EmbeddedRehearsal;
import io.cuedeck.console.session.RemoteBackends;
import io.cuedeck.console.shell.Workspace;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostDraft;
import io.cuedeck.protocol.capacity.BoostNow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Not a test: the Capacity workspace of the real console (real embedded backend, simulated
 * provider) on a real display, with tonight's capacity planned as a producer would plan it (a
 * calendar of evening shows, a boost by hand, the rehearsal show's window, a Boost now, a deleted
 * boost), photographed with ImageMagick's {@code import}. Usage (docs/console.md):
 * {@code DISPLAY=:91 ... CapacityTour docs/screenshots [zh-TW]}.
 */
public final class CapacityTour {

    private static Console console;
    private static EmbeddedRehearsal rehearsal;
    private static Path out;

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "en");
        String suffix = args.length > 1 ? "-" + args[1] : "";
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("cuedeck-capacity-tour-");
        rehearsal = new EmbeddedRehearsal(home.resolve("backend"), Duration.ofSeconds(8));
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            console = new Console(new ConsoleConfig(home, rehearsal,
                    new RemoteBackends(),
                    null, locale));
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            console.show(stage);
            stage.setWidth(1600);
            stage.setHeight(1000);
            shown.countDown();
        });
        shown.await();
        Thread.sleep(15_000);
        onFx(() -> console.shell().dismissWelcome());
        Backend backend = onFxGet(() -> console.session().backend());
        String show = onFxGet(() -> console.session().show().id());
        plan(backend, show);
        onFx(() -> console.shell().show(Workspace.CAPACITY));
        onFx(() -> console.capacity().refresh());
        Thread.sleep(4000);
        onFx(() -> console.capacity().selectedProperty().set(console.capacity().boosts().stream()
                .filter(b -> b.source() == io.cuedeck.protocol.capacity.BoostSource.PUSH).findFirst().orElse(null)));
        Thread.sleep(12_000);
        shot("capacity" + suffix);
        if (!suffix.isEmpty()) {
            exit();
            return;
        }
        onFx(() -> ((Button) console.stage().getScene().lookup("#capacity-boost-now")).fire());
        Thread.sleep(1500);
        shot("capacity-boost-now");
        closeDialogs();
        onFx(() -> ((Button) console.stage().getScene().lookup("#capacity-add")).fire());
        Thread.sleep(800);
        onFx(() -> {
            Node dialog = dialogNode("#boost-title");
            ((TextField) dialog).setText("Late news");
            ((TextField) dialogNode("#boost-start")).setText("2020-01-01 21:00");
            ((TextField) dialogNode("#boost-amount")).setText("900000");
        });
        Thread.sleep(1200);
        shot("capacity-add-invalid");
        closeDialogs();
        Path ics = Files.createTempFile("evening-shows", ".ics");
        Files.writeString(ics, calendar(Instant.now()), StandardCharsets.UTF_8);
        onFx(() -> ((Button) console.stage().getScene().lookup("#capacity-import")).fire());
        Thread.sleep(800);
        onFx(() -> {
            ((TextField) dialogNode("#import-source")).setText(ics.toString());
            ((Button) dialogNode("#import-preview")).fire();
        });
        Thread.sleep(3000);
        shot("capacity-import");
        closeDialogs();
        exit();
    }

    /** Tonight as a producer would plan it. */
    private static void plan(Backend backend, String show) {
        Instant now = Instant.now();
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        backend.updateShow(show, new ShowPatch(null, null, hour.plus(Duration.ofHours(3)), hour.plus(Duration.ofHours(5))));
        backend.importCalendar(calendar(now.minus(Duration.ofDays(1))).getBytes(StandardCharsets.UTF_8), "Evening shows",
                false);
        backend.addBoost(new BoostDraft(show, "Final vote", hour.plus(Duration.ofHours(4)),
                hour.plus(Duration.ofHours(4)).plus(Duration.ofMinutes(40)), 30, null, 45));
        Boost spare = backend.addBoost(new BoostDraft(null, "Spare slot", hour.plus(Duration.ofHours(30)),
                hour.plus(Duration.ofHours(32)), 6, null, 60));
        backend.cancelBoost(spare.id());
        backend.boostNow(new BoostNow(null, 60_000L, 20, "Push: the guest arrives", show));
    }

    /** A Google-style calendar: the evening news at 20:00 local every day for three days, 50,000 viewers. */
    static String calendar(Instant from) {
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime first = from.atZone(zone).truncatedTo(ChronoUnit.DAYS).plusHours(20);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
        return String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                "VERSION:2.0", "X-WR-CALNAME:Evening shows", "X-WR-TIMEZONE:" + zone.getId(), "BEGIN:VEVENT",
                "DTSTART;TZID=" + zone.getId() + ":" + f.format(first),
                "DTEND;TZID=" + zone.getId() + ":" + f.format(first.plusHours(1).plusMinutes(30)),
                "RRULE:FREQ=DAILY;COUNT=4", "UID:evening-news@google.com", "SUMMARY:Evening news",
                "DESCRIPTION:Studio 1\\nviewers: 50000", "END:VEVENT", "BEGIN:VEVENT",
                "DTSTART;TZID=" + zone.getId() + ":" + f.format(first.plusDays(1).plusHours(1)),
                "DTEND;TZID=" + zone.getId() + ":" + f.format(first.plusDays(1).plusHours(2)),
                "UID:quiz@google.com", "SUMMARY:Quiz night", "X-CUEDECK-VIEWERS:120000", "END:VEVENT",
                "END:VCALENDAR", "");
    }

    private static Node dialogNode(String id) {
        return Window.getWindows().stream().filter(w -> w != console.stage() && w.getScene() != null)
                .map(w -> w.getScene().lookup(id)).filter(n -> n != null).findFirst().orElseThrow();
    }

    private static void closeDialogs() throws Exception {
        onFx(() -> Window.getWindows().stream().filter(w -> w != console.stage()).toList().forEach(Window::hide));
        Thread.sleep(500);
    }

    private static void shot(String name) throws Exception {
        Path file = out.resolve(name + ".png");
        Process p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
        System.out.println("screenshot " + file);
    }

    private static void onFx(Runnable action) throws Exception {
        FutureTask<Void> task = new FutureTask<>(action, null);
        Platform.runLater(task);
        task.get();
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> read) throws Exception {
        FutureTask<T> task = new FutureTask<>(read);
        Platform.runLater(task);
        return task.get();
    }

    private static void exit() throws Exception {
        onFx(() -> console.close());
        rehearsal.stopServer();
        Platform.exit();
        System.exit(0);
    }
}
