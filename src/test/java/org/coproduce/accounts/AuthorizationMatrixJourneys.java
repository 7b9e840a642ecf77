package org.coproduce.accounts;

import static org.coproduce.testing.Problems.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.testing.Api;
import org.coproduce.testing.AuthorizationMatrix;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Reply;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the OpenAPI document × every role, as src/test/resources/authorization-matrix.tsv
 * expects (docs/security.md): an endpoint without a row fails, and so does any answer the table
 * does not expect; a refusal answered with an ok is a leak.
 */
public interface AuthorizationMatrixJourneys extends Journeys {

    @Test
    default void everyEndpointAnswersEveryRoleAsTheAuthorizationMatrixSays() {
        var matrix = AuthorizationMatrix.load();
        var documented = openApiEndpoints();
        var coverage = matrix.differencesFrom(documented);
        var fixtures = MatrixFixtures.create(this);
        var failures = new ArrayList<String>(smallCountsShownOnlyToTheOrganisationsQualityManagers(fixtures));
        int requests = 0;
        for (var row : matrix.inRunningOrder()) {
            for (String role : AuthorizationMatrix.ROLES) {
                String expected = row.expectedFor(role);
                if (expected.equals(AuthorizationMatrix.SKIP)) {
                    continue;
                }
                var reply = send(fixtures.clients.get(role), row, fixtures.valuesFor(role));
                requests++;
                if (!AuthorizationMatrix.matches(expected, reply.status())) {
                    boolean leak = AuthorizationMatrix.leak(expected, reply.status());
                    failures.add((leak ? "LEAK " : "") + row + " as " + role + ": expected " + expected + ", got " + reply.status()
                            + " " + abbreviated(reply.body()));
                }
            }
        }
        long leaks = failures.stream().filter(f -> f.startsWith("LEAK")).count();
        System.out.println("authorization matrix: " + matrix.endpoints().size() + " endpoints (" + documented.size()
                + " in the OpenAPI document), " + matrix.rows().size() + " rows × " + AuthorizationMatrix.ROLES.size() + " roles = "
                + requests + " requests, " + leaks + " leaks, " + (failures.size() - leaks) + " other mismatches");
        failures.forEach(System.out::println);
        var all = new ArrayList<>(coverage);
        all.addAll(failures);
        assertTrue(all.isEmpty(), String.join("\n", all));
    }

    /** Item 7 of issue 12: a page or size out of range is a 400 naming the parameter, on every paged list. */
    @Test
    default void aHugePageOrSizeIsRefusedNamingTheParameter() {
        var admin = demo("admin");
        long organisation = anonymous().get("api/organisations").items().getJsonObject(0).getJsonNumber("id").longValue();
        for (String list : List.of("api/organisations?", "api/services?", "api/stories?", "api/changes?", "api/accounts?",
                "api/inbox?", "api/moderation/queue?", "api/moderation/replies?", "api/outcomes/stories?",
                "api/changes/stories?organisation=" + organisation + "&", "api/outcomes/stories/export.csv?")) {
            assertEquals(List.of("page"), violated(admin.get(list + "page=99999999999", "*/*")), list);
            assertEquals(List.of("size"), violated(admin.get(list + "size=100000000", "*/*")), list);
        }
        assertEquals(List.of("size"), violated(admin.get("api/stories/places?size=100000000")));
    }

    /**
     * Reads that answer everyone but differ inside: figures under 5 are hidden from all but quality
     * managers of the organisation or its parent and admins (docs/api.md, Outcomes).
     */
    private List<String> smallCountsShownOnlyToTheOrganisationsQualityManagers(MatrixFixtures fixtures) {
        var seesSmallCounts = Set.of("quality", "parent-quality", "admin");
        var failures = new ArrayList<String>();
        for (String role : AuthorizationMatrix.ROLES) {
            var client = fixtures.clients.get(role);
            var values = fixtures.valuesFor(role);
            boolean dashboard = client.get(AuthorizationMatrix.fill("api/outcomes?organisation={org}", values)).json()
                    .getBoolean("suppressed");
            boolean change = client.get(AuthorizationMatrix.fill("api/changes/{change}", values)).json()
                    .getJsonObject("difference").getJsonObject("asked").getBoolean("suppressed");
            if (dashboard == seesSmallCounts.contains(role) || change == seesSmallCounts.contains(role)) {
                failures.add("LEAK small counts as " + role + ": dashboard suppressed " + dashboard + ", change's difference suppressed "
                        + change + ", expected " + !seesSmallCounts.contains(role));
            }
        }
        return failures;
    }

    private Reply send(Api client, AuthorizationMatrix.Row row, Map<String, String> values) {
        String path = AuthorizationMatrix.fill(row.request(), values).substring(1);
        String body = AuthorizationMatrix.fill(row.body(), values);
        return row.method().equals("GET") ? client.get(path, "*/*")
                : client.send(row.method(), path, body == null ? null : "application/json", body);
    }

    /** GET /openapi of the server (not of the application), as JSON where it offers it. */
    private Set<String> openApiEndpoints() {
        String server = base().toString().replaceAll("^(https?://[^/]+)/.*$", "$1");
        var reply = anonymous().get(server + "/openapi?format=JSON", "application/json");
        assertEquals(200, reply.status(), reply.body());
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi-matrix.json"), reply.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("target/openapi-matrix.json: the document as walked, to compare across builds", e);
        }
        var endpoints = AuthorizationMatrix.openApiEndpoints(reply.body());
        assertTrue(endpoints.size() > 40, "the OpenAPI document lists the API: " + endpoints);
        return endpoints;
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
