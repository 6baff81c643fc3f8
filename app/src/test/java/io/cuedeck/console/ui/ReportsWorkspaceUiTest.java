package io.cuedeck.console.ui;

import static io.cuedeck.console.ui.ConsoleUi.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.connector.ClientConfig;
import io.cuedeck.connector.CuedeckClient;
import io.cuedeck.connector.audience.Audience;
import io.cuedeck.connector.audience.AudienceConfig;
import io.cuedeck.console.shell.Workspace;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.reports.ShowComparison;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipInputStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Reports workspace of a console signed in with a manager token, on a real in-process backend
 * where a producer ran a show with 12 simulated viewers, a poll and a quiz (and one more viewer who
 * only opened its live socket, so it has no region): the console opens on Reports, the rundown
 * says why a manager cannot use it, the list filters, the report's figures are the backend's, the
 * audience split is the backend's with the unknown region explained, a fire opens in the
 * drill-down, a quiz shows its leaderboard and a poll says it has none, two shows compare side by
 * side, and Export CSV writes the backend's zip and offers its folder.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsWorkspaceUiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PRODUCER = "reports-producer-token";
    private static final String MANAGER = "reports-manager-token";
    private Path dir;
    private RunningServer backend;
    private String quizId;
    private String newsId;
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private ConsoleUi ui;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("cuedeck-reports-ui");
        backend = CuedeckServer.start(ServerConfig.from(ConfigSource.of(Map.of("CUEDECK_PORT", "0",
                "CUEDECK_DATA_DIR", dir.resolve("data").toString(), "CUEDECK_TOKENS",
                "producer:" + PRODUCER + ",manager:" + MANAGER))));
        try (CuedeckClient producer = CuedeckClient.create(ClientConfig.of(backend.baseUrl(), PRODUCER))) {
            quizId = runShow(producer, "Evening quiz", 12);
            newsId = producer.createShow(new NewShow(null, "Morning news", null, null)).id();
        }
        Map<String, String> settings = Map.of("backend", "remote", "remote.url", backend.baseUrl(), "workspace", "RUNDOWN");
        ui = ConsoleUi.openWith(stage, ConsoleUi.home(settings, MANAGER), opened::add);
    }

    /**
     * A live show with {@code viewers} viewers who all ack and answer a poll, then a quiz (about
     * half of them right); each closed after its answers; then the show ends. One more viewer is
     * there from the start with only its live socket open (no heartbeat, so the backend knows no
     * region for it) and never answers.
     */
    private static String runShow(CuedeckClient producer, String title, int viewers) throws Exception {
        String showId = producer.createShow(new NewShow(null, title, null, null)).id();
        Cue poll = producer.addCue(showId, new CueDraft(CueKind.POLL, Map.of("en", "Who wins tonight?"),
                List.of(Map.of("en", "Red"), Map.of("en", "Blue")), null, 60, "en"));
        Cue quiz = producer.addCue(showId, new CueDraft(CueKind.QUIZ, Map.of("en", "Which city hosts the final?"),
                List.of(Map.of("en", "Taipei"), Map.of("en", "Seoul")), 0, 60, "en"));
        producer.updateShow(showId, new ShowPatch(ShowStatus.LIVE, null, null, null));
        java.net.http.WebSocket silent = socketOnlyViewer(producer, showId);
        try (Audience audience = Audience.start(AudienceConfig.of(java.net.URI.create(producer.config().baseUrl().toString()),
                showId, viewers).withRampUp(Duration.ofMillis(200))
                .withReactions(Duration.ofMillis(50), 1.0, Duration.ofMillis(100), Map.of(0, 1.0, 1, 1.0)))) {
            await().atMost(WAIT).until(() -> audience.stats().connected() == viewers);
            for (Cue cue : List.of(poll, quiz)) {
                FireReceipt fire = producer.fire(showId, cue.id(), false);
                await().atMost(WAIT).until(() -> producer.fireReport(showId, fire.fireId()).answers() == viewers);
                producer.close(showId, fire.fireId());
            }
            // the show lasts a second or two: end it only once the ticker has sampled a second with
            // everyone present, or the peak depends on where its ticks fell
            await().atMost(WAIT).until(() -> producer.showReport(showId).peakViewers() == viewers + 1);
        }
        silent.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "bye").get();
        producer.updateShow(showId, new ShowPatch(ShowStatus.ENDED, null, null, null));
        return showId;
    }

    /** A viewer that opens its live socket and sends no heartbeat: counted, but with no region. */
    private static java.net.http.WebSocket socketOnlyViewer(CuedeckClient producer, String showId) throws Exception {
        String ws = producer.config().baseUrl().toString().replaceFirst("^http", "ws").replaceAll("/$", "")
                + "/v1/shows/" + showId + "/live?viewerId=" + java.util.UUID.randomUUID() + "&lang=en&platform=web";
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.WebSocket socket = http.newWebSocketBuilder()
                .buildAsync(java.net.URI.create(ws), new java.net.http.WebSocket.Listener() { }).get();
        await().atMost(WAIT).until(() -> producer.showReport(showId).uniqueViewers() == 1);
        return socket;
    }

    @AfterEach
    void stop() {
        ui.close();
        backend.stop();
    }

    private <T extends Node> T find(FxRobot robot, String id) {
        await().atMost(WAIT).until(() -> onFx(() -> robot.lookup("#" + id).tryQuery().isPresent()));
        return robot.lookup("#" + id).query();
    }

    private String text(FxRobot robot, String id) {
        Label label = find(robot, id);
        return onFx(label::getText);
    }

    private void press(FxRobot robot, String id) {
        Button button = find(robot, id);
        await().atMost(WAIT).until(() -> onFx(() -> button.isVisible() && !button.isDisabled()));
        onFx(() -> {
            button.fire();
            return null;
        });
    }

    private void openReportOf(FxRobot robot, String title) {
        ListView<Show> list = find(robot, "reports-shows");
        await().atMost(WAIT).until(() -> onFx(() -> list.getItems().stream().anyMatch(s -> s.title().equals(title))));
        onFx(() -> {
            list.getSelectionModel().select(list.getItems().stream().filter(s -> s.title().equals(title)).findFirst()
                    .orElseThrow());
            return null;
        });
        await().atMost(WAIT).until(() -> onFx(() -> ui.console.reports().reportProperty().get() != null));
    }

    @Test
    void aManagersConsoleOpensOnReportsAndTheRundownAndCapacitySayWhyTheyAreOff(FxRobot robot) {
        await().atMost(WAIT).until(() -> onFx(() -> ui.console.shell().workspaceProperty().get() == Workspace.REPORTS));
        onFx(() -> {
            ui.console.shell().show(Workspace.RUNDOWN);
            return null;
        });
        await().atMost(WAIT).until(() -> onFx(() -> robot.lookup("#role-cover-reason").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getParent().isVisible() && l.getText().contains("manager token")
                        && l.getText().contains("rundown"))));
        onFx(() -> {
            ui.console.shell().show(Workspace.CAPACITY);
            return null;
        });
        await().atMost(WAIT).until(() -> onFx(() -> robot.lookup("#role-cover-reason").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getScene() != null && l.getParent().isVisible() && l.getText().contains("capacity"))));
    }

    @Test
    void theListFiltersAndTheReportAndTheFireShowTheBackendsOwnFigures(FxRobot robot) throws Exception {
        ListView<Show> list = find(robot, "reports-shows");
        await().atMost(WAIT).until(() -> onFx(() -> list.getItems().size() == 2));
        TextField search = find(robot, "reports-search");
        onFx(() -> {
            search.setText("QUIZ");
            return null;
        });
        assertThat(onFx(() -> list.getItems().stream().map(Show::title).toList())).containsExactly("Evening quiz");
        onFx(() -> {
            search.setText("");
            @SuppressWarnings("unchecked")
            ComboBox<ShowStatus> status = (ComboBox<ShowStatus>) robot.lookup("#reports-status").query();
            status.setValue(ShowStatus.DRAFT);
            return null;
        });
        assertThat(onFx(() -> list.getItems().stream().map(Show::title).toList())).containsExactly("Morning news");
        onFx(() -> {
            ui.console.reports().statusProperty().set(null);
            return null;
        });

        openReportOf(robot, "Evening quiz");
        ShowReport truth;
        try (CuedeckClient manager = CuedeckClient.create(ClientConfig.of(backend.baseUrl(), MANAGER))) {
            truth = manager.showReport(quizId);
        }
        assertThat(truth.peakViewers()).isEqualTo(13);
        assertThat(text(robot, "reports-peak")).startsWith("13 at ");
        assertThat(text(robot, "reports-unique")).isEqualTo(String.format("%,d", truth.uniqueViewers()));
        assertThat(text(robot, "reports-firecount")).isEqualTo("2");
        assertThat(text(robot, "reports-answers")).isEqualTo("24");
        assertThat(text(robot, "reports-check-answers")).isEqualTo("Answers: complete. Every accepted answer is stored: "
                + "24 answers of 2 fires, all in the cold store.");
        TableView<FireReport> fires = find(robot, "reports-fires");
        assertThat(onFx(() -> fires.getItems().size())).isEqualTo(2);
        FireReport fire = onFx(() -> fires.getItems().get(0));
        assertThat(fire.prompt()).isEqualTo("Who wins tonight?");

        onFx(() -> {
            ui.console.reports().openFire(fire);
            return null;
        });
        await().atMost(WAIT).until(() -> text(robot, "reports-fire-title").contains("Who wins tonight?"));
        assertThat(text(robot, "reports-fire-reached")).isEqualTo(String.format("%,d", fire.funnel().reached()));
        assertThat(text(robot, "reports-fire-answered")).isEqualTo("12");
        assertThat(text(robot, "reports-fire-leaders-note")).isEqualTo("Only a quiz has a leaderboard (this fire: Poll).");
        assertThat(onFx(() -> robot.lookup("#reports-fire-leaders").query().isVisible())).isFalse();
    }

    @Test
    void aQuizFireShowsItsFastestCorrectViewersAsTheBackendRankedThem(FxRobot robot) throws Exception {
        openReportOf(robot, "Evening quiz");
        FireReport quiz = onFx(() -> ui.console.reports().fires().get(1));
        FireReport truth;
        try (CuedeckClient manager = CuedeckClient.create(ClientConfig.of(backend.baseUrl(), MANAGER))) {
            truth = manager.fireReport(quizId, quiz.fireId());
        }
        assertThat(truth.correct()).isPositive();
        assertThat(truth.leaderboard()).hasSize((int) Math.min(10, truth.correct()));
        onFx(() -> {
            ui.console.reports().openFire(quiz);
            ((io.cuedeck.console.reports.ReportsView) robot.lookup("#" + io.cuedeck.console.reports.ReportsView.ID).query())
                    .showFire();
            return null;
        });
        TableView<io.cuedeck.protocol.reports.LeaderEntry> board = find(robot, "reports-fire-leaders");
        await().atMost(WAIT).until(() -> onFx(() -> board.isVisible() && board.getItems().size() == truth.leaderboard().size()));
        assertThat(onFx(() -> List.copyOf(board.getItems()))).containsExactlyElementsOf(truth.leaderboard());
        // What a user reads in the first line: rank 1, its viewer id, its time in ms.
        var first = truth.leaderboard().get(0);
        List<String> cells = onFx(() -> robot.from(board).lookup(".table-row-cell").<javafx.scene.control.TableRow<?>>queryAll()
                .stream().filter(r -> r.getIndex() == 0).findFirst().orElseThrow()
                .lookupAll(".table-cell").stream().map(c -> ((javafx.scene.control.TableCell<?, ?>) c).getText()).toList());
        assertThat(cells).containsExactly("1", first.viewerId(), String.format(java.util.Locale.ENGLISH, "%,d ms", first.ms()));
        assertThat(text(robot, "reports-fire-leaders-note")).isEmpty();
    }

    @Test
    void theShowReportSplitsItsViewersByPlatformRegionAndLanguageAndSaysWhySomeHaveNoRegion(FxRobot robot)
            throws Exception {
        openReportOf(robot, "Evening quiz");
        ShowReport truth;
        try (CuedeckClient manager = CuedeckClient.create(ClientConfig.of(backend.baseUrl(), MANAGER))) {
            truth = manager.showReport(quizId);
        }
        assertThat(truth.uniqueViewers()).isEqualTo(13);
        long unknown = truth.split().region().getOrDefault("unknown", 0L);
        assertThat(unknown).isPositive();
        Map<String, String> regions = shown(robot, "reports-split-region");
        assertThat(regions).containsEntry("Unknown", unknown + " \u00b7 " + percent(unknown, 13));
        if (truth.split().region().containsKey("TW")) {
            long tw = truth.split().region().get("TW");
            assertThat(regions).containsEntry("Taiwan", tw + " \u00b7 " + percent(tw, 13));
        }
        assertThat(regions).hasSize(truth.split().region().size());
        Map<String, String> platforms = shown(robot, "reports-split-platform");
        assertThat(platforms.keySet()).hasSameSizeAs(truth.split().platform().keySet());
        assertThat(platforms.values().stream().mapToLong(v -> Long.parseLong(v.split(" ")[0])).sum()).isEqualTo(13);
        assertThat(shown(robot, "reports-split-language")).containsKey("English");
        assertThat(text(robot, "reports-split-unknown")).startsWith(unknown + (unknown == 1 ? " viewer (" : " viewers ("))
                .contains("no region").contains("live socket");
    }

    private static String percent(long part, long whole) {
        return io.cuedeck.console.common.Format.rate(part * 100.0 / whole, java.util.Locale.ENGLISH) + " %";
    }

    /** A split column as the user reads it: each bar's name and its "count · percent". */
    private Map<String, String> shown(FxRobot robot, String id) {
        Node column = find(robot, id);
        return onFx(() -> {
            // A row is three children in order: the name, the bar, the figure.
            javafx.scene.Parent bars = robot.from(column).lookup(".report-bars").query();
            List<Node> cells = bars.getChildrenUnmodifiable();
            Map<String, String> out = new java.util.LinkedHashMap<>();
            for (int i = 0; i + 2 < cells.size(); i += 3) {
                out.put(((Label) cells.get(i)).getText(), ((Label) cells.get(i + 2)).getText());
            }
            return out;
        });
    }

    @Test
    void twoShowsCompareSideBySideAndExportCsvWritesTheZipAndOffersItsFolder(FxRobot robot) throws Exception {
        ListView<Show> list = find(robot, "reports-shows");
        await().atMost(WAIT).until(() -> onFx(() -> list.getItems().size() == 2));
        for (String id : List.of(quizId, newsId)) {
            CheckBox box = find(robot, "reports-compare-" + id);
            onFx(() -> {
                box.fire();
                return null;
            });
        }
        press(robot, "reports-compare-run");
        TableView<?> table = find(robot, "reports-compare-table");
        await().atMost(WAIT).until(() -> onFx(() -> table.getItems().size() == 2));
        ShowComparison truth;
        try (CuedeckClient manager = CuedeckClient.create(ClientConfig.of(backend.baseUrl(), MANAGER))) {
            truth = manager.compareShows(List.of(quizId, newsId));
        }
        assertThat(onFx(() -> ui.console.reports().comparison().stream().map(r -> r.title() + " " + r.peak()).toList()))
                .containsExactly("Evening quiz " + truth.shows().get(0).peakViewers(), "Morning news 0");

        openReportOf(robot, "Evening quiz");
        Path exports = dir.resolve("exports");
        onFx(() -> {
            ui.console.reports().export().folderProperty().set(exports);
            return null;
        });
        press(robot, "reports-export-csv");
        await().atMost(WAIT).until(() -> text(robot, "reports-export-message").startsWith("Saved "));
        Path zip = exports.resolve("Evening quiz-report.csv.zip");
        assertThat(zip).exists();
        Set<String> entries = new java.util.TreeSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).isNotEmpty();
        try (var files = Files.list(exports)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("Evening quiz-report.csv.zip");
        }
        press(robot, "reports-export-open");
        assertThat(opened).containsExactly(exports);
    }
}
