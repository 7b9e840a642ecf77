package org.coproduce.testing;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The source text of a main class's method body, read from src/main/java (the tests run in the project's folder). */
final class MethodSources {

    private MethodSources() {
    }

    /** The body between its braces of the public method of that name taking that many parameters; null if not found. */
    static String body(Method method) throws IOException {
        Path file = Path.of("src/main/java", method.getDeclaringClass().getName().replace('.', '/') + ".java");
        if (!Files.isReadable(file)) {
            return null;
        }
        String source = Files.readString(file);
        var declaration = Pattern.compile("\\bpublic\\s+[\\w<>\\[\\], ?.]+\\s+" + Pattern.quote(method.getName()) + "\\s*\\(").matcher(source);
        while (declaration.find()) {
            int close = closing(source, declaration.end() - 1, '(', ')');
            if (close < 0 || parameters(source.substring(declaration.end(), close)) != method.getParameterCount()) {
                continue;
            }
            int open = source.indexOf('{', close);
            int end = closing(source, open, '{', '}');
            return open < 0 || end < 0 ? null : source.substring(open + 1, end);
        }
        return null;
    }

    /** The index of the bracket closing the one at {@code from}, skipping string and character literals; -1 if none. */
    private static int closing(String source, int from, char open, char close) {
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = literalEnd(source, i, c);
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int literalEnd(String source, int start, char quote) {
        for (int i = start + 1; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.charAt(i) == quote) {
                return i;
            }
        }
        return source.length();
    }

    /** How many parameters a parameter list declares (commas outside brackets and literals, plus one). */
    private static int parameters(String list) {
        if (list.isBlank()) {
            return 0;
        }
        int count = 1;
        int depth = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '"' || c == '\'') {
                i = literalEnd(list, i, c);
            } else if (c == '(' || c == '<') {
                depth++;
            } else if (c == ')' || c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            }
        }
        return count;
    }
}
