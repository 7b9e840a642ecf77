package org.coproduce.testing;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The operations (METHOD /api/path/{}) listed under {@code paths} of an OpenAPI document. */
final class OpenApiPaths {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern YAML_PATH = Pattern.compile("^  ['\"]?(/[^'\"]*)['\"]?:\\s*$");
    private static final Pattern YAML_METHOD = Pattern.compile("^    ([a-z]+):\\s*$");

    private OpenApiPaths() {
    }

    static Set<String> fromJson(String document) {
        var endpoints = new TreeSet<String>();
        try (var reader = Json.createReader(new StringReader(document))) {
            var paths = reader.readObject().getJsonObject("paths");
            paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream().filter(METHODS::contains)
                    .forEach(method -> endpoints.add(endpoint(method, path))));
        }
        return endpoints;
    }

    /** The YAML Payara writes: paths indented by two spaces under {@code paths:}, their methods by four. */
    static Set<String> fromYaml(String document) {
        var endpoints = new TreeSet<String>();
        boolean inPaths = false;
        String path = null;
        for (String line : document.split("\\R")) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inPaths = line.startsWith("paths:");
                continue;
            }
            if (!inPaths) {
                continue;
            }
            var p = YAML_PATH.matcher(line);
            if (p.matches()) {
                path = p.group(1);
                continue;
            }
            var m = YAML_METHOD.matcher(line);
            if (m.matches() && path != null && METHODS.contains(m.group(1))) {
                endpoints.add(endpoint(m.group(1), path));
            }
        }
        return endpoints;
    }

    /** From /api/ on (a context root before it is left out), parameters unnamed. */
    private static String endpoint(String method, String path) {
        int api = path.indexOf("/api/");
        return method.toUpperCase(Locale.ROOT) + " " + AuthorizationMatrix.template(api < 0 ? path : path.substring(api));
    }
}
