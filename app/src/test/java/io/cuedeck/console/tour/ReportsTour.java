package io.cuedeck.console.tour;

import io.cuedeck.connector.ClientConfig;
import io.cuedeck.connector.CuedeckClient;
import io.cuedeck.connector.audience.Audience;
import io.cuedeck.connector.audience.AudienceConfig;
import io.cuedeck.console.Console;
import io.cuedeck.console.ConsoleConfig;
import io.cuedeck.console.reports.ReportsView;
import io.cuedeck.console.session.EmbeddedRehearsal;
import io.cuedeck.console.session.RemoteBackends;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;

/**
 * Not a test: a real backend where a producer runs two shows with simulated viewers (a quiz night of
 * 300 viewers and three fires, a match of 180 and two), and a real console signed in with a manager
 * token that photographs the Reports workspace: {@code reports}, {@code reports-audience} (the show
 * report scrolled to its audience split and fires), {@code reports-fire} (the quiz, with its
 * leaderboard), {@code reports-compare}, or with {@code zh-TW} {@code reports-zh-TW}. Usage as the other tours:
 * {@code DISPLAY=:97 ... ReportsTour docs/screenshots [zh-TW]}.
 */
public final class ReportsTour {

    private static final String PRODUCER = "tour-producer-token";
    private static final String MANAGER = "tour-manager-token";
    private static Console console;
    private static Path out;

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "en");
        boolean chinese = args.length > 1;
        Files.createDirectories(out);
        Path dir = Files.createTempDirectory("cuedeck-reports-tour-");
        RunningServer server = CuedeckServer.start(ServerConfig.from(ConfigSource.of(Map.of("CUEDECK_PORT", "0",
                "CUEDECK_DATA_DIR", dir.resolve("data").toString(), "CUEDECK_TOKENS",
                "producer:" + PRODUCER + ",manager:" + MANAGER))));
        String quiz;
        String match;
        try (CuedeckClient producer = CuedeckClient.create(ClientConfig.of(server.baseUrl(), PRODUCER))) {
            quiz = show(producer, "Quiz night, round 3", 300, List.of(
                    cue(CueKind.POLL, "Who wins tonight?", "今晚誰會贏？", "Red team", "Blue team"),
                    cue(CueKind.QUIZ, "Which city hosts the final?", "決賽在哪個城市舉行？", "Taipei", "Seoul"),
                    cue(CueKind.POLL, "Best moment so far?", "目前最精彩的時刻？", "The goal", "The save")));
            match = show(producer, "Friday match", 180, List.of(
                    cue(CueKind.POLL, "Man of the match?", "本場最佳球員？", "Lee", "Chen"),
                    cue(CueKind.POLL, "Extra time?", "會進入延長賽嗎？", "Yes", "No")));
            producer.createShow(new NewShow(null, "Morning news", null, null));
        }
        Path home = Files.createTempDirectory("cuedeck-reports-tour-home-");
        Files.writeString(home.resolve("remote.token"), MANAGER);
        Properties props = new Properties();
        props.setProperty("backend", "remote");
        props.setProperty("remote.url", server.baseUrl());
        props.setProperty("welcome.seen", "true");
        try (var w = Files.newBufferedWriter(home.resolve("console.properties"))) {
            props.store(w, "tour");
        }
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            console = new Console(new ConsoleConfig(home, new EmbeddedRehearsal(home.resolve("backend"),
                    Duration.ofSeconds(1)), new RemoteBackends(), null, locale, folder -> { }));
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            console.show(stage);
            stage.setWidth(1600);
            stage.setHeight(1000);
            shown.countDown();
        });
        shown.await();
        Thread.sleep(8000);
        open(quiz);
        until(() -> console.reports().reportProperty().get() != null);
        if (chinese) {
            shot("reports-zh-TW");
            exit(server);
            return;
        }
        shot("reports");
        scrollReport(1);
        shot("reports-audience");
        scrollReport(0);
        onFx(() -> {
            console.reports().openFire(console.reports().fires().get(1));
            view().showFire();
        });
        until(() -> console.reports().fireProperty().get() != null
                && console.reports().fireProperty().get().funnel() != null);
        shot("reports-fire");
        onFx(() -> {
            for (Show s : List.copyOf(console.reports().shows())) {
                if (s.id().equals(quiz) || s.id().equals(match)) {
                    console.reports().toggleCompare(s);
                }
            }
            console.reports().compare();
            view().showTab(2);
        });
        until(() -> console.reports().comparison().size() == 2);
        shot("reports-compare");
        exit(server);
    }

    private record Planned(CueKind kind, String en, String zh, String a, String b) {
    }

    private static Planned cue(CueKind kind, String en, String zh, String a, String b) {
        return new Planned(kind, en, zh, a, b);
    }

    /** A live show: the audience ramps up, each cue is fired and closed after its answers, the show ends. */
    private static String show(CuedeckClient producer, String title, int viewers, List<Planned> cues) throws Exception {
        String showId = producer.createShow(new NewShow(null, title, null, null)).id();
        List<Cue> added = new java.util.ArrayList<>();
        for (Planned p : cues) {
            added.add(producer.addCue(showId, new CueDraft(p.kind(), Map.of("en", p.en(), "zh-TW", p.zh()),
                    List.of(Map.of("en", p.a(), "zh-TW", p.a()), Map.of("en", p.b(), "zh-TW", p.b())),
                    p.kind() == CueKind.QUIZ ? 0 : null, 20, "en")));
        }
        producer.updateShow(showId, new ShowPatch(ShowStatus.LIVE, null, null, null));
        try (Audience audience = Audience.start(AudienceConfig.of(URI.create(producer.config().baseUrl().toString()),
                showId, viewers).withRampUp(Duration.ofSeconds(12)).withLanguages(Map.of("en", 0.6, "zh-TW", 0.3, "ko", 0.1))
                .withReactions(Duration.ofMillis(180), 0.7, Duration.ofSeconds(3), Map.of(0, 0.6, 1, 0.4)))) {
            Thread.sleep(14_000);
            int i = 0;
            for (Cue c : added) {
                FireReceipt fire = producer.fire(showId, c.id(), false);
                Thread.sleep(8000);
                producer.close(showId, fire.fireId());
                if (i++ == 0) {
                    audience.resize(viewers * 2 / 3);
                }
                Thread.sleep(4000);
            }
        }
        producer.updateShow(showId, new ShowPatch(ShowStatus.ENDED, null, null, null));
        return showId;
    }

    private static void open(String showId) throws Exception {
        onFx(() -> {
            Show s = console.reports().shows().stream().filter(x -> x.id().equals(showId)).findFirst().orElseThrow();
            console.reports().open(s);
            @SuppressWarnings("unchecked")
            var list = (javafx.scene.control.ListView<Show>) console.stage().getScene().lookup("#reports-shows");
            list.getSelectionModel().select(s);
        });
    }

    /** Waits (the machine may be slow) until {@code done} holds on the FX thread, then a moment for the charts to draw. */
    private static void until(java.util.concurrent.Callable<Boolean> done) throws Exception {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            FutureTask<Boolean> task = new FutureTask<>(done);
            Platform.runLater(task);
            if (task.get()) {
                Thread.sleep(2000);
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the console did not get there in two minutes");
    }

    /** Scrolls the show report tab: 0 its top, 1 its bottom (the audience split and the fires). */
    private static void scrollReport(double where) throws Exception {
        onFx(() -> {
            var tabs = (javafx.scene.control.TabPane) console.stage().getScene().lookup("#" + ReportsView.TABS);
            ((javafx.scene.control.ScrollPane) tabs.getTabs().get(0).getContent()).setVvalue(where);
        });
        Thread.sleep(1000);
    }

    private static ReportsView view() {
        Node n = console.stage().getScene().lookup("#" + ReportsView.ID);
        return (ReportsView) n;
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

    private static void exit(RunningServer server) throws Exception {
        onFx(() -> console.close());
        server.stop();
        Platform.exit();
        System.exit(0);
    }
}
