package org.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No component imports one that imports it back: reads src/main/java and counts every mention of
 * {@code org.coproduce.<component>} (imports and qualified names) in another component's files.
 * A lower component that needs a higher one declares a port it implements (as
 * {@code stories/control/Conversation}).
 */
class ComponentCyclesTest {

    private static final Path ROOT = Path.of("src/main/java/org/coproduce");
    private static final Pattern MENTION = Pattern.compile("org\\.coproduce\\.([a-z]+)\\b");

    @Test
    void noTwoComponentsImportEachOther() {
        var uses = uses();
        List<String> mutual = new ArrayList<>();
        uses.forEach((component, used) -> used.stream()
                .filter(other -> component.compareTo(other) < 0 && uses.getOrDefault(other, Set.of()).contains(component))
                .forEach(other -> mutual.add(component + " <-> " + other)));
        assertEquals(List.of(), mutual);
    }

    @Test
    void readsTheComponents() {
        var uses = uses();
        assertTrue(uses.containsKey("stories") && uses.get("responses").contains("stories"), uses::toString);
    }

    private static Map<String, Set<String>> uses() {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(f -> f.toString().endsWith(".java") && f.getNameCount() > ROOT.getNameCount() + 1).forEach(file -> {
                String component = file.getName(ROOT.getNameCount()).toString();
                var used = uses.computeIfAbsent(component, c -> new TreeSet<>());
                MENTION.matcher(read(file)).results().map(m -> m.group(1)).filter(c -> !c.equals(component)).forEach(used::add);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
