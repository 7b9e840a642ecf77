package org.coproduce.problems;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The problems' texts in German, from {@code messages_de.tsv}: the messages stay written in
 * English where they are raised (and in the logs), and are translated on the way out. A text
 * with parts that vary ("There is no {0} {1}.") matches as a pattern, its parts translated when
 * the table knows them; a text the table does not know is left as it is.
 */
final class ProblemTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\}");

    static final ProblemTexts GERMAN = load("messages_de.tsv");

    private final Map<String, String> exact;
    private final List<Template> templates;

    private record Template(Pattern english, String german, List<Integer> order) {
    }

    private ProblemTexts(Map<String, String> table) {
        exact = table;
        String words = table.keySet().stream().filter(k -> !k.contains("{") && k.split(" ").length <= 3)
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        templates = table.entrySet().stream().filter(e -> PLACEHOLDER.matcher(e.getKey()).find())
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> literalLength(e.getKey())).reversed())
                .map(e -> template(e.getKey(), e.getValue(), words)).toList();
    }

    static ProblemTexts load(String resource) {
        var table = new LinkedHashMap<String, String>();
        try (var in = ProblemTexts.class.getResourceAsStream(resource);
                var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
                String[] pair = line.split("\t");
                if (pair.length != 2) {
                    throw new IllegalStateException(resource + ": not 'English<TAB>German': " + line);
                }
                table.put(pair[0], pair[1]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProblemTexts(table);
    }

    /** The text translated, or as it is when the table does not know it (or it is null). */
    String translate(String english) {
        if (english == null) {
            return null;
        }
        String known = exact.get(english);
        if (known != null) {
            return known;
        }
        for (Template t : templates) {
            Matcher m = t.english().matcher(english);
            if (m.matches()) {
                String german = t.german();
                for (int i = 0; i < t.order().size(); i++) {
                    String part = m.group(i + 1);
                    german = german.replace("{" + t.order().get(i) + "}", exact.getOrDefault(part, part));
                }
                return german;
            }
        }
        return english;
    }

    boolean knows(String english) {
        return !english.equals(translate(english)) || exact.containsKey(english);
    }

    private static Template template(String english, String german, String words) {
        var regex = new StringBuilder();
        var order = new ArrayList<Integer>();
        Matcher m = PLACEHOLDER.matcher(english);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(last, m.start()))).append("(").append(words).append("|.+?)");
            order.add(Integer.parseInt(m.group(1)));
            last = m.end();
        }
        regex.append(Pattern.quote(english.substring(last)));
        return new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), german, order);
    }

    private static int literalLength(String english) {
        return PLACEHOLDER.matcher(english).replaceAll("").length();
    }
}
