package org.coproduce.problems;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A body that is not JSON, or JSON that does not fit the request record (a word where a number
 * belongs, an unknown enum value). The parser's messages name Java types, so only the property
 * name is taken from them.
 */
final class JsonErrors {

    private static final Pattern PROPERTY = Pattern.compile("property[ :]+'?([A-Za-z0-9_]+)'?");

    private JsonErrors() {
    }

    static boolean causedByJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException
                    || t instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }

    static Problem problem(Throwable e) {
        String field = null;
        for (Throwable t = e; t != null && field == null; t = t.getCause()) {
            if (t.getMessage() != null) {
                var m = PROPERTY.matcher(t.getMessage());
                if (m.find()) {
                    field = m.group(1);
                }
            }
        }
        if (field == null) {
            return Problem.of(400, "malformed-json", "Malformed JSON",
                    "The request body is not valid JSON for this request.");
        }
        return Problem.invalid(List.of(new Violation(field, "has a value of the wrong type or not one of the allowed values")));
    }
}
