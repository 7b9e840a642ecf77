package org.coproduce.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an OpenAPI document of Coproduce must say about every operation under /api (docs/api.md,
 * "Describing an endpoint"): a summary or description, a tag the document declares, an operation
 * id that is unique and says what it does (tags declared once, described) (two words at least, not the Java method's generic name),
 * every parameter described and typed, every request body described, problem+json for errors.
 */
final class OpenApiRules {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern MEANINGFUL_ID = Pattern.compile("[a-z]+([A-Z][a-z0-9]*)+");
    private static final Set<String> GENERIC_WORDS = Set.of("list", "get", "create", "update", "delete", "all", "change", "decide", "find",
            "search", "save", "add", "remove", "read", "post", "put", "query", "state", "who", "mine", "one", "item", "items");

    private OpenApiRules() {
    }

    /** Every broken rule, one line each naming the operation; empty when the document keeps them all. */
    static List<String> broken(JsonObject document) {
        var problems = new ArrayList<String>();
        var tags = new ArrayList<String>();
        document.getJsonArray("tags").forEach(t -> {
            String name = t.asJsonObject().getString("name");
            if (tags.contains(name)) {
                problems.add("tag '" + name + "' declared twice");
            }
            if (blank(t.asJsonObject(), "description")) {
                problems.add("tag '" + name + "' without a description");
            }
            tags.add(name);
        });
        var ids = new HashMap<String, String>();
        document.getJsonObject("paths").forEach((path, item) -> {
            if (!path.contains("/api/")) {
                return;
            }
            item.asJsonObject().forEach((method, value) -> {
                if (METHODS.contains(method)) {
                    String name = method.toUpperCase(Locale.ROOT) + " " + path;
                    operation(name, value.asJsonObject(), tags, ids, problems);
                }
            });
        });
        return problems;
    }

    private static void operation(String name, JsonObject operation, List<String> tags, Map<String, String> ids, List<String> problems) {
        if (blank(operation, "summary") && blank(operation, "description")) {
            problems.add(name + ": no summary or description");
        }
        String id = operation.getString("operationId", "");
        if (!MEANINGFUL_ID.matcher(id).matches() || GENERIC_WORDS.contains(id)) {
            problems.add(name + ": operation id '" + id + "' is missing or generic (lowerCamel, two words at least: listStories)");
        }
        String other = ids.putIfAbsent(id, name);
        if (other != null) {
            problems.add(name + ": operation id '" + id + "' is also that of " + other);
        }
        var own = operation.getJsonArray("tags");
        if (own == null || own.isEmpty()) {
            problems.add(name + ": no tag");
        } else {
            own.getValuesAs(JsonValue::toString).stream().map(t -> t.replace("\"", "")).filter(t -> !tags.contains(t))
                    .forEach(t -> problems.add(name + ": tag '" + t + "' is not declared in the document's tags"));
        }
        if (operation.containsKey("parameters")) {
            operation.getJsonArray("parameters").forEach(p -> parameter(name, p.asJsonObject(), problems));
        }
        if (operation.containsKey("requestBody") && blank(operation.getJsonObject("requestBody"), "description")) {
            problems.add(name + ": request body without a description");
        }
        var responses = operation.getJsonObject("responses");
        boolean problemJson = responses != null && responses.values().stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> r.containsKey("content") && r.getJsonObject("content").containsKey("application/problem+json"));
        if (!problemJson) {
            problems.add(name + ": no application/problem+json answer");
        }
    }

    private static void parameter(String operation, JsonObject parameter, List<String> problems) {
        String name = operation + " parameter " + parameter.getString("name", "?");
        if (blank(parameter, "description")) {
            problems.add(name + ": no description");
        }
        var schema = parameter.getJsonObject("schema");
        if (schema == null || blank(schema, "type") && blank(schema, "$ref")) {
            problems.add(name + ": no type");
        }
    }

    private static boolean blank(JsonObject object, String key) {
        return !object.containsKey(key) || object.get(key).getValueType() != JsonValue.ValueType.STRING || object.getString(key).isBlank();
    }
}
