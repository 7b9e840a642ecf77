package org.coproduce.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the pages exists in English and in German, and every key the pages use exists. */
class I18nBundlesTest {

    static final Path WEBAPP = Path.of("src/main/webapp");

    static JsonObject bundle(String language) throws IOException {
        try (Reader reader = Files.newBufferedReader(WEBAPP.resolve("i18n/" + language + ".json"))) {
            return Json.createReader(reader).readObject();
        }
    }

    @Test
    void germanAndEnglishHaveExactlyTheSameKeys() throws IOException {
        var english = new TreeSet<>(bundle("en").keySet());
        var german = new TreeSet<>(bundle("de").keySet());
        var onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(german);
        var onlyGerman = new TreeSet<>(german);
        onlyGerman.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "missing in de.json");
        assertEquals(Set.of(), onlyGerman, "missing in en.json");
    }

    @Test
    void noTextIsEmptyAndPlaceholdersMatch() throws IOException {
        var english = bundle("en");
        var german = bundle("de");
        var placeholder = Pattern.compile("\\{\\w+}");
        for (String key : english.keySet()) {
            String en = english.getString(key);
            String de = ((JsonString) german.get(key)).getString();
            assertTrue(!en.isBlank() && !de.isBlank(), key);
            assertEquals(placeholders(placeholder, en), placeholders(placeholder, de), key);
        }
    }

    @Test
    void everyKeyInThePagesIsInTheBundles() throws IOException {
        var keys = bundle("en").keySet();
        var attribute = Pattern.compile("data-i18n(?:-[a-z]+)?=\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                var matcher = attribute.matcher(Files.readString(html));
                while (matcher.find()) {
                    assertTrue(keys.contains(matcher.group(1)), html + ": " + matcher.group(1));
                }
            }
        }
    }

    @Test
    void everyKeyTheScriptsAskForIsInTheBundles() throws IOException {
        var keys = bundle("en").keySet();
        var call = Pattern.compile("\\bt\\('([A-Za-z0-9_.]+)'");
        try (Stream<Path> files = Files.walk(WEBAPP.resolve("js"))) {
            for (Path script : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                var matcher = call.matcher(Files.readString(script));
                while (matcher.find()) {
                    assertTrue(keys.contains(matcher.group(1)), script + ": " + matcher.group(1));
                }
            }
        }
    }

    static Set<String> placeholders(Pattern pattern, String text) {
        var found = new TreeSet<String>();
        pattern.matcher(text).results().forEach(r -> found.add(r.group()));
        return found;
    }
}
