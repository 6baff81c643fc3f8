package io.cuedeck.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The guide's rules for the console, as tests. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/io/cuedeck/console");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void viewModelsHoldNoNodes() throws IOException {
        Pattern nodes = Pattern.compile("import javafx\\.(scene|stage)\\.");
        for (Path file : sources()) {
            String name = file.getFileName().toString();
            boolean model = name.endsWith("ViewModel.java") || file.toString().contains("/session/")
                    || List.of("ArmTake.java", "CueForm.java", "CueProblems.java", "FireLog.java", "FireOutcome.java",
                            "AnswerWindow.java", "TakeSender.java", "TakeGate.java", "RundownEdits.java", "NextCue.java",
                            "CueIds.java", "LiveSeries.java", "AudienceFigures.java", "Freshness.java", "ShowFires.java",
                            "Jobs.java", "Job.java", "Settings.java", "ReportExport.java", "ShowFilter.java",
                            "ReportFigures.java", "CompareRow.java", "ReportWords.java", "TokenRole.java").contains(name);
            if (model) {
                assertThat(nodes.matcher(Files.readString(file)).find()).as(file + " imports a scene or stage class").isFalse();
            }
        }
    }

    @Test
    void noViewSetsAnInlineColour() throws IOException {
        Pattern colour = Pattern.compile("setStyle\\(|Color\\.(rgb|web|valueOf)|Color\\.[A-Z]{3,}");
        for (Path file : sources()) {
            assertThat(colour.matcher(Files.readString(file)).find()).as(file + " sets a colour inline").isFalse();
        }
    }

    @Test
    void everyFeaturePackageHasAViewAndAViewModel() {
        for (String feature : List.of("live", "rundown", "capacity", "reports")) {
            String cap = Character.toUpperCase(feature.charAt(0)) + feature.substring(1);
            assertThat(SOURCES.resolve(feature).resolve(cap + "View.java")).exists();
            assertThat(SOURCES.resolve(feature).resolve(cap + "ViewModel.java")).exists();
        }
    }
}
