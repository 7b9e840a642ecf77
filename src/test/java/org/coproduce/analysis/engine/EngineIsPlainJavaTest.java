package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The NLP engine is plain Java, usable from a unit test or a command-line program without a
 * container: no class in analysis/engine mentions jakarta.* (injection, persistence, JSON-B…) or
 * a control or boundary package (container beans); settings reach it as constructor arguments.
 */
class EngineIsPlainJavaTest {

    private static final Path ENGINE = Path.of("src/main/java/org/coproduce/analysis/engine");
    private static final Pattern CONTAINER = Pattern.compile(
            "\\bjakarta\\.[a-z]+|\\borg\\.coproduce\\.[a-z]+\\.(control|boundary)\\b");

    @Test
    void noEngineClassUsesTheContainer() {
        List<String> found = files().stream().flatMap(file -> CONTAINER.matcher(read(file)).results()
                .map(m -> file.getFileName() + ": " + m.group())).toList();
        assertEquals(List.of(), found);
    }

    @Test
    void readsTheEngine() {
        var names = files().stream().map(f -> f.getFileName().toString()).toList();
        assertTrue(names.contains("Analyser.java") && names.contains("PersonalDataFinder.java") && names.size() > 20,
                names::toString);
        assertTrue(CONTAINER.matcher("import jakarta.inject.Inject;").find());
        assertTrue(CONTAINER.matcher("org.coproduce.stories.control.Stories").find());
    }

    private static List<Path> files() {
        try (Stream<Path> files = Files.list(ENGINE)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
