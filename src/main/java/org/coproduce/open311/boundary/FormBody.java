package org.coproduce.open311.boundary;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body (UTF-8), as the specification has requests posted. Read here
 * rather than by the runtime so that a post without a body or with another content type reaches the key check
 * (403) instead of a 415. A field sent twice keeps its first value; {@code attribute[…]} fields are not used.
 */
record FormBody(Map<String, String> fields) {

    static FormBody parse(String body) {
        var fields = new LinkedHashMap<String, String>();
        if (body != null && !body.isBlank()) {
            for (String pair : body.strip().split("&")) {
                int at = pair.indexOf('=');
                String name = decode(at < 0 ? pair : pair.substring(0, at));
                String value = at < 0 ? "" : decode(pair.substring(at + 1));
                if (!name.isEmpty()) {
                    fields.putIfAbsent(name, value);
                }
            }
        }
        return new FormBody(fields);
    }

    /** The value, stripped; null when absent or blank ("optional" in the specification: empty is the same as absent). */
    String get(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
