package io.cuedeck.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The connector is a plain Java library: the console may use JavaFX, the client never does. */
class NoJavaFxRuleTest {

    @Test
    void noSourceFileOfTheConnectorMentionsJavaFx() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();

        assertThat(filesUnder(sources, ".java").stream().filter(f -> read(f).contains("javafx")).toList()).isEmpty();
    }

    @Test
    void noCompiledClassOfTheConnectorRefersToAJavaFxType() throws IOException {
        Path classes = Path.of("target/classes");
        List<Path> compiled = filesUnder(classes, ".class");
        assertThat(compiled).as("compiled classes").hasSizeGreaterThan(20);

        assertThat(compiled.stream().filter(f -> read(f).contains("javafx/")).toList()).isEmpty();
    }

    private static List<Path> filesUnder(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).toList();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
