package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coproduce.testing.Journeys;
import org.junit.jupiter.api.Test;

/** GET /openapi as Payara builds it from the annotations and ApiDocument: worth reading (issue 17 item 5). */
public interface OpenApiJourneys extends Journeys {

    @Test
    default void theOpenApiDocumentDescribesEveryOperation() throws IOException {
        String server = base().toString().replaceAll("^(https?://[^/]+)/.*$", "$1");
        var reply = anonymous().get(server + "/openapi?format=JSON", "application/json");
        assertEquals(200, reply.status(), reply.body());
        Files.writeString(Path.of("target/openapi.json"), reply.body());
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            document = reader.readObject();
        }
        var info = document.getJsonObject("info");
        assertEquals("Coproduce API", info.getString("title"));
        assertFalse(info.getString("description", "").isBlank(), "a description");
        assertTrue(document.getJsonObject("components").getJsonObject("securitySchemes").keySet().containsAll(List.of("session", "csrf")),
                "the login as security schemes");
        var broken = OpenApiRules.broken(document);
        assertEquals(List.of(), broken, String.join("\n", broken));
        var tellStory = document.getJsonObject("paths").entrySet().stream().filter(e -> e.getKey().endsWith("/api/stories"))
                .findFirst().orElseThrow().getValue().asJsonObject().getJsonObject("post");
        assertEquals("tellStory", tellStory.getString("operationId"));
        assertTrue(tellStory.getJsonObject("requestBody").toString().contains("example"), "telling a story has an example");
    }
}
