package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiRulesTest {

    private static final String PROBLEM = "\"responses\":{\"400\":{\"content\":{\"application/problem+json\":{}}}}";

    @Test
    void keepsADescribedDocument() {
        assertEquals(List.of(), OpenApiRules.broken(document("\"/api/stories\":{\"get\":{\"summary\":\"Stories\",\"operationId\":\"listStories\","
                + "\"tags\":[\"stories\"],\"parameters\":[{\"name\":\"page\",\"description\":\"Page\",\"schema\":{\"type\":\"integer\"}}],"
                + PROBLEM + "}}")));
    }

    @Test
    void namesEveryBrokenRule() {
        var broken = OpenApiRules.broken(document("\"/api/stories\":{\"get\":{\"operationId\":\"list\",\"tags\":[\"stories\"],"
                + "\"parameters\":[{\"name\":\"page\",\"schema\":{}}],\"requestBody\":{},\"responses\":{}},"
                + "\"post\":{\"summary\":\"Tells\",\"operationId\":\"listStories\",\"tags\":[\"other\"]," + PROBLEM + "}},"
                + "\"/api/stories/{id}\":{\"get\":{\"summary\":\"One\",\"operationId\":\"listStories\",\"tags\":[\"stories\"]," + PROBLEM + "}}"));
        assertEquals(List.of("GET /api/stories: no summary or description",
                "GET /api/stories: operation id 'list' is missing or generic (lowerCamel, two words at least: listStories)",
                "GET /api/stories parameter page: no description",
                "GET /api/stories parameter page: no type",
                "GET /api/stories: request body without a description",
                "GET /api/stories: no application/problem+json answer",
                "POST /api/stories: tag 'other' is not declared in the document's tags",
                "GET /api/stories/{id}: operation id 'listStories' is also that of POST /api/stories"), broken);
    }

    private static jakarta.json.JsonObject document(String paths) {
        String tags = "\"tags\":[{\"name\":\"stories\",\"description\":\"Stories\"}]";
        try (var reader = Json.createReader(new StringReader("{" + tags + ",\"paths\":{" + paths + "}}"))) {
            return reader.readObject();
        }
    }
}
