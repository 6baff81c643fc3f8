package io.cuedeck.console.tour;

import io.cuedeck.connector.ClientConfig;
import io.cuedeck.connector.CuedeckClient;
import io.cuedeck.connector.audience.Audience;
import io.cuedeck.connector.audience.AudienceConfig;
import io.cuedeck.console.Console;
import io.cuedeck.console.ConsoleConfig;
import io.cuedeck.console.control.ControlViewModel;
import io.cuedeck.console.session.EmbeddedRehearsal;
import io.cuedeck.console.session.RemoteBackends;
import io.cuedeck.console.shell.Workspace;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.http.TokenCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Not a test: two real consoles (alice, a producer; ben, a host) on one show of a real backend
 * with named tokens and a crowd of viewers, photographed on a real display with ImageMagick's
 * {@code import}: who has control as each console sees it, a request for control, the audit trail.
 * Usage: {@code DISPLAY=:96 java -cp ... ControlTour docs/screenshots [locale of both consoles]}.
 */
public final class ControlTour {

    private static Console alice;
    private static Console ben;
    private static Stage aliceStage;
    private static Stage benStage;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "en");
        String suffix = args.length > 1 ? "-" + args[1] : "";
        Files.createDirectories(out);
        Path dir = Files.createTempDirectory("cuedeck-control-tour-");
        Path tokens = dir.resolve("tokens");
        String aliceToken = token(tokens, "producer", "alice");
        String benToken = token(tokens, "host", "ben");
        RunningServer backend = CuedeckServer.start(ServerConfig.from(ConfigSource.of(Map.of("CUEDECK_PORT", "0",
                "CUEDECK_DATA_DIR", dir.resolve("data").toString(), "CUEDECK_TOKEN_FILE", tokens.toString()))));
        String show;
        Cue opener;
        Cue poll;
        try (CuedeckClient setup = CuedeckClient.create(ClientConfig.of(backend.baseUrl(), aliceToken))) {
            show = setup.createShow(new NewShow("evening-news", "Evening news \u00b7 \u665a\u9593\u65b0\u805e", null, null)).id();
            opener = setup.addCue(show, new CueDraft(CueKind.ANNOUNCEMENT, Map.of("en", "We are live from Studio 4",
                    "zh-TW", "\u7b2c\u56db\u651d\u5f71\u68da\u73fe\u5834\u76f4\u64ad"), null, null, 20, "en"));
            poll = setup.addCue(show, new CueDraft(CueKind.POLL, Map.of("en", "Who wins the derby?",
                    "zh-TW", "\u8ab0\u6703\u8d0f\u5f97\u5fb7\u6bd4\uff1f"),
                    List.of(Map.of("en", "Red", "zh-TW", "\u7d05\u968a"), Map.of("en", "Blue", "zh-TW", "\u85cd\u968a")),
                    null, 60, "en"));
            setup.updateShow(show, new ShowPatch(ShowStatus.LIVE, null, null, null));
        }
        Audience crowd = Audience.start(AudienceConfig.of(URI.create(backend.baseUrl()), show, 300));
        Path aliceHome = home(dir.resolve("alice"), backend.baseUrl(), show, aliceToken);
        Path benHome = home(dir.resolve("ben"), backend.baseUrl(), show, benToken);
        Platform.startup(() -> {
            alice = open(aliceHome, locale);
            aliceStage = alice.stage();
            ben = open(benHome, locale);
            benStage = ben.stage();
        });
        until(() -> alice.session().isLive() && ben.session().isLive());
        Thread.sleep(6_000); // the crowd connects, the first ticks arrive
        Cue firstCue = opener;
        onFx(() -> {
            alice.shell().dismissWelcome();
            ben.shell().dismissWelcome();
            alice.rundown().fire().arm(firstCue);
        });
        Thread.sleep(1_000);
        onFx(() -> alice.rundown().fire().take());
        until(() -> alice.control().modeProperty().get() == ControlViewModel.Mode.MINE
                && ben.control().modeProperty().get() == ControlViewModel.Mode.OTHER);
        Thread.sleep(3_000); // delivery figures
        front(aliceStage);
        shoot(out.resolve("control-mine" + suffix + ".png"));

        Cue pollCue = poll;
        onFx(() -> ben.rundown().fire().arm(pollCue));
        Thread.sleep(1_500);
        front(benStage);
        shoot(out.resolve("control-other" + suffix + ".png"));

        onFx(() -> ben.control().request());
        until(() -> alice.control().modeProperty().get() == ControlViewModel.Mode.MINE_ASKED);
        Thread.sleep(1_000);
        front(aliceStage);
        shoot(out.resolve("control-asked" + suffix + ".png"));
        front(benStage);
        shoot(out.resolve("control-asking" + suffix + ".png"));

        onFx(() -> alice.control().accept());
        until(() -> ben.control().modeProperty().get() == ControlViewModel.Mode.MINE);
        onFx(() -> ben.rundown().fire().take());
        Thread.sleep(2_500);
        front(aliceStage);
        onFx(() -> alice.openAudit());
        Thread.sleep(2_500);
        shoot(out.resolve("audit" + suffix + ".png"));

        onFx(() -> {
            javafx.stage.Window.getWindows().stream().filter(w -> w != aliceStage && w != benStage)
                    .toList().forEach(javafx.stage.Window::hide);
            alice.connection().urlProperty().set("https://cuedeck.studio4.example");
            alice.connection().trustedCaProperty().set("/etc/cuedeck/studio4-ca.pem");
            alice.openConnection();
        });
        Thread.sleep(1_500);
        shoot(out.resolve("connection-tls" + suffix + ".png"));

        onFx(() -> alice.close());
        onFx(() -> ben.close());
        crowd.close();
        backend.stop();
        Platform.exit();
        System.exit(0);
    }

    private static Console open(Path home, Locale locale) {
        Console console = new Console(new ConsoleConfig(home, new EmbeddedRehearsal(home.resolve("backend")),
                new RemoteBackends(), null, locale));
        Stage stage = new Stage();
        stage.setX(0);
        stage.setY(0);
        console.show(stage);
        stage.setWidth(1600);
        stage.setHeight(1000);
        return console;
    }

    private static Path home(Path home, String url, String show, String token) throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("remote.token"), token);
        Properties props = new Properties();
        props.putAll(Map.of("backend", "remote", "remote.url", url, "show.last", show, "welcome.seen", "true",
                "workspace", Workspace.RUNDOWN.name()));
        try (var w = Files.newBufferedWriter(home.resolve("console.properties"))) {
            props.store(w, "control tour");
        }
        return home;
    }

    private static String token(Path file, String role, String name) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        TokenCommand.run(new String[] {"token", "add", role, name, "--file", file.toString()}, Map.of(),
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        return printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("  ")).map(String::strip)
                .findFirst().orElseThrow();
    }

    private static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            java.util.concurrent.FutureTask<Boolean> check = new java.util.concurrent.FutureTask<>(condition);
            Platform.runLater(check);
            if (check.get()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the tour's consoles did not get there within 60 s");
            }
            Thread.sleep(200);
        }
    }

    private static void front(Stage stage) throws Exception {
        onFx(stage::toFront);
        Thread.sleep(800);
    }

    private static void shoot(Path file) throws Exception {
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
}
