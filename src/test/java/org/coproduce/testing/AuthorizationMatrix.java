package org.coproduce.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table src/test/resources/authorization-matrix.tsv: every endpoint × role → the expected
 * outcome (format at the top of the file and in docs/security.md). Plain Java: read, checked and
 * compared with the OpenAPI document's endpoints here; walked against the app by
 * {@code accounts.AuthorizationMatrixJourneys}.
 */
public record AuthorizationMatrix(List<Row> rows) {

    public static final String FILE = "/authorization-matrix.tsv";
    public static final List<String> ROLES = List.of("anonymous", "storyteller", "responder", "quality", "other-responder",
            "other-quality", "parent-responder", "parent-quality", "moderator", "admin");
    public static final String OK = "ok";
    public static final String SKIP = "skip";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static final Pattern FIXTURE = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern OUTCOME = Pattern.compile("ok|skip|[1-5][0-9][0-9]");

    /** One request: its expected outcome for each role, in the order of {@link #ROLES}. */
    public record Row(int line, String method, String request, String body, List<String> expected, String comment) {

        /** The endpoint as the OpenAPI document names it, parameters unnamed: {@code GET /api/changes/{}}. */
        public String endpoint() {
            return method + " " + template(request);
        }

        public String expectedFor(String role) {
            return expected.get(ROLES.indexOf(role));
        }

        /** GET rows first, then POST and PUT, then DELETE; logging out last of all. */
        int phase() {
            if (method.equals("DELETE")) {
                return template(request).equals("/api/session") ? 3 : 2;
            }
            return method.equals("GET") ? 0 : 1;
        }

        @Override
        public String toString() {
            return method + " " + request + (body == null ? "" : " " + body) + " (line " + line + ")";
        }
    }

    public static AuthorizationMatrix load() {
        try (var in = AuthorizationMatrix.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the test class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the table; a malformed line fails with its number. */
    public static AuthorizationMatrix parse(List<String> lines) {
        var rows = new ArrayList<Row>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var cells = line.split("\t", -1);
            if (!header) {
                var expected = new ArrayList<>(List.of("method", "request", "body"));
                expected.addAll(ROLES);
                expected.add("comment");
                require(List.of(cells).equals(expected), i, "the header must be " + String.join(" ", expected));
                header = true;
                continue;
            }
            rows.add(row(cells, i + 1));
        }
        require(header, lines.size(), "no header");
        return new AuthorizationMatrix(List.copyOf(rows));
    }

    private static Row row(String[] cells, int line) {
        require(cells.length == ROLES.size() + 4, line, "needs " + (ROLES.size() + 4) + " tab-separated cells, has " + cells.length);
        require(METHODS.contains(cells[0]), line, "unknown method " + cells[0]);
        require(cells[1].startsWith("/api/"), line, "the request must start with /api/");
        var expected = List.of(cells).subList(3, 3 + ROLES.size());
        expected.forEach(e -> require(OUTCOME.matcher(e).matches(), line, "outcome " + e + " is not ok, skip or a status"));
        return new Row(line, cells[0], cells[1], cells[2].equals("-") ? null : cells[2], expected, cells[3 + ROLES.size()]);
    }

    private static void require(boolean condition, int line, String message) {
        if (!condition) {
            throw new IllegalArgumentException(FILE + " line " + line + ": " + message);
        }
    }

    /** A path without its query, every {parameter} unnamed. */
    public static String template(String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return withoutQuery.replaceAll("\\{[^}]*}", "{}");
    }

    /** Whether the status is what the table expects: ok is 2xx or a refusal on content or state (400, 409, 422). */
    public static boolean matches(String expected, int status) {
        return expected.equals(OK) ? ok(status) : expected.equals(String.valueOf(status));
    }

    /** A refusal expected (401, 403 or 404) but the request got through. */
    public static boolean leak(String expected, int status) {
        return Set.of("401", "403", "404").contains(expected) && ok(status);
    }

    static boolean ok(int status) {
        return status / 100 == 2 || status == 400 || status == 409 || status == 422;
    }

    /** The distinct endpoints the rows cover. */
    public Set<String> endpoints() {
        var endpoints = new TreeSet<String>();
        rows.forEach(r -> endpoints.add(r.endpoint()));
        return endpoints;
    }

    /** The rows in the order they run (see {@link Row#phase()}), file order within a phase. */
    public List<Row> inRunningOrder() {
        return rows.stream().sorted(Comparator.comparingInt(Row::phase)).toList();
    }

    /** Every fixture the rows name. */
    public Set<String> fixtures() {
        var names = new TreeSet<String>();
        for (var row : rows) {
            for (String text : new String[] {row.request, row.body == null ? "" : row.body}) {
                Matcher m = FIXTURE.matcher(text);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** The text with every {fixture} replaced by its value; an unknown fixture fails. */
    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        return FIXTURE.matcher(text).replaceAll(m -> {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no fixture {" + m.group(1) + "} in " + text);
            }
            return Matcher.quoteReplacement(value);
        });
    }

    /** The endpoints of an OpenAPI document (JSON or YAML), paths from /api/ on, parameters unnamed. */
    public static Set<String> openApiEndpoints(String document) {
        return document.stripLeading().startsWith("{") ? OpenApiPaths.fromJson(document) : OpenApiPaths.fromYaml(document);
    }

    /** What differs between the table and the document: endpoints without a row, rows without an endpoint. */
    public List<String> differencesFrom(Set<String> documented) {
        var problems = new ArrayList<String>();
        var covered = endpoints();
        documented.stream().filter(e -> !covered.contains(e))
                .forEach(e -> problems.add("endpoint without a row in " + FILE + ": " + e));
        covered.stream().filter(e -> !documented.contains(e))
                .forEach(e -> problems.add("row for an endpoint the OpenAPI document does not have: " + e));
        return problems;
    }
}
