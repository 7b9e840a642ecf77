package org.coproduce.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;

public record Reply(int status, HttpHeaders headers, String body) {

    public JsonObject json() {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** A body that is a JSON array. */
    public JsonArray array() {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    public JsonArray items() {
        return json().getJsonArray("items");
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public List<String> cookies() {
        return headers.allValues("Set-Cookie");
    }

    /** The field names of a 400 problem's violations. */
    public List<String> violatedFields() {
        return json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).toList();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
