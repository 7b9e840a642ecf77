package org.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table: every table the migrations in {@code sql/} create is named by exactly one
 * component's package-info ({@code Owns tables: a, b.} or {@code Owns tables: none.}), and no
 * component's SQL names another component's table. A component reads another's tables through
 * the owner's control class.
 * <p>
 * What counts as naming a table, in a component's string literals: a lower-case name after
 * {@code from}, {@code join}, {@code into}, {@code update} or {@code table} (native SQL); a
 * literal that is exactly a table name with an underscore (table names kept in constants); an
 * entity name after {@code from}, {@code join} or {@code update} (JPQL, mapped to the entity's
 * {@code @Table}); and {@code @Table}/{@code @CollectionTable} names.
 */
class TableOwnershipTest {

    static final Path SOURCES = Path.of("src/main/java/org/coproduce");
    static final Path MIGRATIONS = Path.of("sql");

    static final Pattern OWNS = Pattern.compile("Owns tables:\\s*([a-z0-9_,\\s*]+)\\.");
    static final Pattern CREATE = Pattern.compile("(?i:create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?)`?([a-z0-9_]+)");
    static final Pattern DROP = Pattern.compile("(?i:drop\\s+table\\s+(?:if\\s+exists\\s+)?)`?([a-z0-9_]+)");
    static final Pattern RENAME = Pattern.compile("(?i:(?:alter|rename)\\s+table\\s+)`?([a-z0-9_]+)`?(?i:\\s+(?:rename\\s+)?to\\s+)`?([a-z0-9_]+)");
    static final Pattern SQL_TABLE = Pattern.compile("(?i:\\b(?:from|join|into|update|table)\\s+)([a-z][a-z0-9_]*)\\b");
    static final Pattern JPQL_ENTITY = Pattern.compile("(?i:\\b(?:from|join|update)\\s+)([A-Z][A-Za-z0-9]*)\\b");
    static final Pattern MAPPED = Pattern.compile("@(?:Table|CollectionTable|JoinTable|SecondaryTable)\\s*\\(\\s*name\\s*=\\s*\"([a-z0-9_]+)\"");
    static final Pattern ENTITY = Pattern.compile("@Entity(?:\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"\\s*\\))?[\\s\\S]*?@Table\\s*\\(\\s*name\\s*=\\s*\"([a-z0-9_]+)\"[\\s\\S]*?\\bclass\\s+(\\w+)");

    @Test
    void everyTableHasExactlyOneOwner() {
        var owners = new TreeMap<String, Set<String>>();
        ownedTables().forEach((component, tables) -> tables.forEach(t -> owners.computeIfAbsent(t, k -> new TreeSet<>()).add(component)));
        var problems = new ArrayList<String>();
        for (String table : migratedTables()) {
            var of = owners.getOrDefault(table, Set.of());
            if (of.size() != 1) {
                problems.add(table + " is owned by " + (of.isEmpty() ? "no component" : of));
            }
        }
        owners.keySet().stream().filter(t -> !migratedTables().contains(t))
                .forEach(t -> problems.add(t + " is owned by " + owners.get(t) + " but no migration creates it"));
        assertEquals(List.of(), problems);
    }

    @Test
    void noComponentsSqlNamesAnotherComponentsTable() {
        var owner = new TreeMap<String, String>();
        ownedTables().forEach((component, tables) -> tables.forEach(t -> owner.put(t, component)));
        var entities = entityTables();
        var problems = new ArrayList<String>();
        for (String component : components()) {
            for (Path file : javaFiles(SOURCES.resolve(component))) {
                for (String table : tablesNamed(read(file), entities)) {
                    String of = owner.get(table);
                    if (of != null && !of.equals(component)) {
                        problems.add(SOURCES.relativize(file) + " names " + table + " (owned by " + of + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void findsTablesInNativeSqlJpqlAndMappings() {
        var entities = Map.of("Story", "story");
        String source = """
                @Table(name = "account") class A {
                    // "select * from outbox" in a comment does not count
                    String a = "select s.id from story s where not exists (select 1 from outcome_story o where o.story_id = s.id)";
                    String b = "select count(s) from Story s";
                    String c = "service_month";
                    String d = "Could not find stories to count";
                }
                """;
        assertEquals(Set.of("account", "story", "outcome_story", "service_month"),
                tablesNamed(source, entities, Set.of("account", "story", "outcome_story", "service_month", "outbox")));
    }

    @Test
    void readsOwnersFromEveryComponent() {
        var owned = ownedTables();
        assertFalse(owned.isEmpty());
        assertEquals(Set.copyOf(components()), owned.keySet(), "every component's package-info says which tables it owns");
    }

    Set<String> tablesNamed(String source, Map<String, String> entities) {
        return tablesNamed(source, entities, migratedTables());
    }

    static Set<String> tablesNamed(String source, Map<String, String> entities, Set<String> tables) {
        var named = new TreeSet<String>();
        String code = withoutComments(source);
        find(MAPPED, code, named);
        for (String literal : literals(code)) {
            find(SQL_TABLE, literal, named);
            if (literal.contains("_")) {
                named.add(literal);
            }
            var jpql = JPQL_ENTITY.matcher(literal);
            while (jpql.find()) {
                if (entities.containsKey(jpql.group(1))) {
                    named.add(entities.get(jpql.group(1)));
                }
            }
        }
        named.retainAll(tables);
        return named;
    }

    /** Entity name (JPQL) to table, from the {@code @Entity} classes in src/main. */
    static Map<String, String> entityTables() {
        var entities = new TreeMap<String, String>();
        for (Path file : javaFiles(SOURCES)) {
            Matcher m = ENTITY.matcher(withoutComments(read(file)));
            if (m.find()) {
                entities.put(m.group(1) != null ? m.group(1) : m.group(3), m.group(2));
            }
        }
        return entities;
    }

    /** Component (top-level package) to the tables its package-info says it owns. */
    static Map<String, Set<String>> ownedTables() {
        var owned = new TreeMap<String, Set<String>>();
        for (String component : components()) {
            Path info = SOURCES.resolve(component).resolve("package-info.java");
            if (!Files.exists(info)) {
                continue;
            }
            Matcher m = OWNS.matcher(read(info));
            if (m.find()) {
                var tables = new TreeSet<String>();
                for (String t : m.group(1).split("[,\\s*]+")) {
                    if (!t.isBlank() && !t.equals("none")) {
                        tables.add(t);
                    }
                }
                owned.put(component, tables);
            }
        }
        return owned;
    }

    /** The tables the migrations leave, in version order. */
    static Set<String> migratedTables() {
        var tables = new TreeSet<String>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b)))
                    .forEach(f -> {
                        String sql = withoutSqlComments(read(f));
                        find(CREATE, sql, tables);
                        var dropped = new TreeSet<String>();
                        find(DROP, sql, dropped);
                        tables.removeAll(dropped);
                        Matcher renamed = RENAME.matcher(sql);
                        while (renamed.find()) {
                            tables.remove(renamed.group(1));
                            tables.add(renamed.group(2));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    static List<String> components() {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void find(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    static String withoutSqlComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }

    /** The Java source with its comments blanked out (string and char literals kept). */
    static String withoutComments(String source) {
        var out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                int end = literalEnd(source, i);
                out.append(source, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The contents of the string literals (and text blocks) of comment-free Java source. */
    static List<String> literals(String code) {
        var literals = new ArrayList<String>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = literalEnd(code, i);
                if (c == '"') {
                    int quotes = code.startsWith("\"\"\"", i) ? 3 : 1;
                    literals.add(code.substring(i + quotes, Math.max(i + quotes, end - quotes)));
                }
                i = end;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** The index just after the literal starting at {@code start}. */
    static int literalEnd(String code, int start) {
        if (code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            while (end > 0 && code.charAt(end - 1) == '\\') {
                end = code.indexOf("\"\"\"", end + 1);
            }
            return end < 0 ? code.length() : end + 3;
        }
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote && code.charAt(i) != '\n') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, code.length());
    }
}
