package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every enum in src/main/java has upper-case constants; every {@link Coded} one has unique,
 * non-blank codes that find their constant again, and JSON-B writes and reads it as its code.
 */
class CodesTest {

    private static final Path ROOT = Path.of("src/main/java");
    private static final Pattern ENUM = Pattern.compile("\\benum\\s+(\\w+)\\s+(implements\\s+[\\w.,\\s]+)?\\{");

    @Test
    void everyEnumHasUpperCaseConstants() {
        List<String> lower = new ArrayList<>();
        for (Class<?> type : enums()) {
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                if (!name.matches("[A-Z][A-Z0-9_]*")) {
                    lower.add(type.getSimpleName() + "." + name);
                }
            }
        }
        assertEquals(List.of(), lower);
    }

    @Test
    void everyCodedEnumRoundTrips() throws Exception {
        var coded = enums().stream().filter(Coded.class::isAssignableFrom).toList();
        assertTrue(coded.size() >= 5, coded::toString);
        try (var jsonb = JsonbBuilder.create()) {
            for (Class<?> type : coded) {
                var adapter = type.getAnnotation(JsonbTypeAdapter.class);
                assertNotNull(adapter, type + " names its Coded.Json adapter");
                assertTrue(Coded.Json.class.isAssignableFrom(adapter.value()), type.toString());
                var codes = new HashSet<String>();
                for (Object constant : type.getEnumConstants()) {
                    String code = ((Coded) constant).code();
                    assertFalse(code == null || code.isBlank(), constant.toString());
                    assertTrue(codes.add(code), type.getSimpleName() + " repeats code " + code);
                    assertSame(constant, parse(type, code).orElseThrow(), type.getSimpleName() + " " + code);
                    assertEquals("\"" + code + "\"", jsonb.toJson(constant));
                    assertSame(constant, jsonb.fromJson("\"" + code + "\"", type));
                }
                assertEquals(Optional.empty(), parse(type, "no such code"));
            }
        }
    }

    @Test
    void anUnknownCodeIsAnIllegalArgument() {
        var type = enums().stream().filter(Coded.class::isAssignableFrom).findFirst().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> of(type, "no such code"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<?> parse(Class<?> type, String code) {
        return Coded.parse((Class) type, code);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object of(Class<?> type, String code) {
        return Coded.of((Class) type, code);
    }

    /** The enums declared in src/main/java (top level or nested in the file's class). */
    private static List<Class<?>> enums() {
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                String outer = ROOT.relativize(file).toString().replace(".java", "").replace('/', '.');
                var matcher = ENUM.matcher(source);
                while (matcher.find()) {
                    String name = matcher.group(1);
                    String className = outer.endsWith("." + name) ? outer : outer + "$" + name;
                    enums.add(Class.forName(className));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        assertTrue(enums.size() >= 10, enums::toString);
        return enums;
    }
}
