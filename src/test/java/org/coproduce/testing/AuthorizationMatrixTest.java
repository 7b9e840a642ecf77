package org.coproduce.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationMatrixTest {

    private static final String HEADER = "method\trequest\tbody\t" + String.join("\t", AuthorizationMatrix.ROLES) + "\tcomment";

    @Test
    void theTableReadsAndNamesOnlyFixturesTheJourneyProvides() {
        var matrix = AuthorizationMatrix.load();
        assertTrue(matrix.rows().size() > 50, "rows: " + matrix.rows().size());
        assertEquals(Set.of("account", "accountEmail", "alert", "change", "notice", "org", "orgName", "other", "otherChange", "otherService",
                "otherStory", "parent", "received", "receivedVersion", "reason", "reply", "response", "rule", "run", "service", "serviceName",
                "story", "token", "webhook", "delivery", "photo", "barrier", "barrierPhoto", "pendingBarrier", "barrierToken", "otherBarrierRoute", "json", "xml", "proposal"), matrix.fixtures());
    }

    /** The same check the journey makes against the OpenAPI document, early: from the resources' annotations. */
    @Test
    void everyResourceMethodHasARowAndEveryRowAResourceMethod() throws Exception {
        assertEquals(List.of(), AuthorizationMatrix.load().differencesFrom(ResourceEndpoints.of(ResourceEndpoints.class.getClassLoader())));
    }

    @Test
    void namesAnEndpointAsTheOpenApiDocumentDoes() {
        var row = AuthorizationMatrix.parse(List.of("# a comment", HEADER,
                "PUT\t/api/changes/{change}?version=1\t{\"a\":{org}}\tok\tok\tok\tok\t403\t403\tok\tok\t403\tok\tfine")).rows().getFirst();
        assertEquals("PUT /api/changes/{}", row.endpoint());
        assertEquals("403", row.expectedFor("other-responder"));
        assertEquals("{\"a\":7}", AuthorizationMatrix.fill(row.body(), Map.of("org", "7")));
        assertThrows(IllegalArgumentException.class, () -> AuthorizationMatrix.fill(row.body(), Map.of()));
    }

    @Test
    void refusesAMalformedRowNamingItsLine() {
        var tooShort = assertThrows(IllegalArgumentException.class,
                () -> AuthorizationMatrix.parse(List.of(HEADER, "GET\t/api/x\t-\tok\tcomment")));
        assertTrue(tooShort.getMessage().contains("line 2"), tooShort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AuthorizationMatrix.parse(List.of(HEADER,
                "GET\t/api/x\t-\tok\tok\tok\tok\tallowed\tok\tok\tok\tok\tok\t")));
        assertThrows(IllegalArgumentException.class, () -> AuthorizationMatrix.parse(List.of("method\trequest\tbody\tcomment")));
    }

    @Test
    void okIsPastAuthorizationAndALeakIsARefusalThatGotThrough() {
        assertTrue(AuthorizationMatrix.matches("ok", 201));
        assertTrue(AuthorizationMatrix.matches("ok", 409));
        assertFalse(AuthorizationMatrix.matches("ok", 404), "404 is hidden, not past authorization");
        assertFalse(AuthorizationMatrix.matches("ok", 403));
        assertTrue(AuthorizationMatrix.matches("403", 403));
        assertFalse(AuthorizationMatrix.matches("403", 401));
        assertTrue(AuthorizationMatrix.leak("403", 201));
        assertTrue(AuthorizationMatrix.leak("404", 400));
        assertFalse(AuthorizationMatrix.leak("403", 404), "a different refusal is a mismatch, not a leak");
        assertFalse(AuthorizationMatrix.leak("ok", 200));
    }

    @Test
    void readsTheEndpointsOfAnOpenApiDocumentInJsonOrYaml() {
        String json = "{\"openapi\":\"3.0.3\",\"paths\":{\"/api/changes/{id}\":{\"get\":{},\"put\":{},\"parameters\":[]},"
                + "\"/api/session\":{\"delete\":{}}}}";
        assertEquals(Set.of("GET /api/changes/{}", "PUT /api/changes/{}", "DELETE /api/session"),
                AuthorizationMatrix.openApiEndpoints(json));
        String yaml = "openapi: 3.0.3\npaths:\n  /coproduce/api/changes/{id}:\n    get:\n      responses: {}\n    put:\n"
                + "      operationId: update\n  \"/api/session\":\n    delete:\n      responses: {}\ncomponents:\n  schemas:\n"
                + "    get:\n";
        assertEquals(Set.of("GET /api/changes/{}", "PUT /api/changes/{}", "DELETE /api/session"),
                AuthorizationMatrix.openApiEndpoints(yaml));
    }

    @Test
    void listsEndpointsWithoutARowAndRowsWithoutAnEndpoint() {
        var matrix = AuthorizationMatrix.parse(List.of(HEADER,
                "GET\t/api/a/{x}\t-\tok\tok\tok\tok\tok\tok\tok\tok\tok\tok\t",
                "GET\t/api/a/{x}?q=1\t-\tok\tok\tok\tok\tok\tok\tok\tok\tok\tok\t",
                "DELETE\t/api/gone\t-\tok\tok\tok\tok\tok\tok\tok\tok\tok\tok\t"));
        assertEquals(List.of("endpoint without a row in /authorization-matrix.tsv: POST /api/new",
                "row for an endpoint the OpenAPI document does not have: DELETE /api/gone"),
                matrix.differencesFrom(Set.of("GET /api/a/{}", "POST /api/new")));
    }

    @Test
    void runsReadsFirstAndLogsOutLast() {
        var matrix = AuthorizationMatrix.parse(List.of(HEADER,
                "DELETE\t/api/session\t-\tok\tok\tok\tok\tok\tok\tok\tok\tok\tok\t",
                "DELETE\t/api/follow/{token}\t-\tok\tok\tok\tok\tok\tok\tok\tok\tok\tok\t",
                "POST\t/api/b\t-\tok\tok\tok\tok\tok\tok\tok\tok\tok\tok\t",
                "GET\t/api/c\t-\tok\tok\tok\tok\tok\tok\tok\tok\tok\tok\t"));
        assertEquals(List.of("GET", "POST", "DELETE", "DELETE"), matrix.inRunningOrder().stream().map(r -> r.method()).toList());
        assertEquals("/api/session", matrix.inRunningOrder().getLast().request());
    }
}
