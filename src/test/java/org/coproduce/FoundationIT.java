package org.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.Deployments;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation on MariaDB: directory, accounts and sessions, the error contract, an outage. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    static final String DEMO_PASSWORD = "demo-password";

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.coproduce();
    }

    @ArquillianResource
    URL base;

    Api anonymous() {
        return new Api(base);
    }

    Api as(String who) {
        var api = new Api(base);
        assertEquals(200, api.logIn(who + "@demo.example", DEMO_PASSWORD).status());
        return api;
    }

    @Test
    void listsTheDemoDirectoryInPages() {
        var reply = anonymous().get("api/services?size=5&page=2");
        assertEquals(200, reply.status(), reply.body());
        JsonObject page = reply.json();
        assertTrue(page.getInt("total") >= 20, reply.body());
        assertEquals(2, page.getInt("page"));
        assertEquals(5, page.getInt("size"));
        assertEquals(5, page.getJsonArray("items").size());
        var organisations = anonymous().get("api/organisations").json();
        assertTrue(organisations.getInt("total") >= 3);
    }

    @Test
    void findsServicesNearestFirst() {
        var items = anonymous().get("api/services?near=47.995,7.849&size=50").items();
        assertEquals("Beratungsstelle Barrierefreiheit", items.getJsonObject(0).getString("name"));
        double previous = 0;
        for (var item : items) {
            double distance = item.asJsonObject().getJsonNumber("distanceKm").doubleValue();
            assertTrue(distance >= previous, "sorted by distance");
            previous = distance;
        }
        assertTrue(previous > 500, "Leeds services come after Freiburg's");
    }

    @Test
    void filtersServicesByNameAndCategory() {
        var housing = anonymous().get("api/services?category=housing&size=50").items();
        assertFalse(housing.isEmpty());
        housing.forEach(s -> assertEquals("HOUSING", s.asJsonObject().getString("category")));
        var byName = anonymous().get("api/services?q=notaufnahme").items();
        assertEquals(1, byName.size());
        assertEquals("Zentrale Notaufnahme", byName.getJsonObject(0).getString("name"));
    }

    @Test
    void showsAnOrganisationWithItsChildren() {
        var trust = anonymous().get("api/organisations?size=100").items().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Aire Valley NHS Foundation Trust")).findFirst().orElseThrow();
        var detail = anonymous().get("api/organisations/" + trust.getInt("id")).json();
        assertEquals(3, detail.getJsonArray("children").size());
        assertEquals(404, anonymous().get("api/organisations/999999").status());
    }

    @Test
    void adminCreatesAndUpdatesTheDirectoryWithUmlautsAndEmoji() {
        var admin = as("admin");
        String name = "Pflegedienst Müller-Lüdenscheidt 🙂 " + UUID.randomUUID();
        var created = admin.post("api/organisations", "{\"name\":\"" + name + "\",\"country\":\"DE\",\"city\":\"Freiburg\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(name, anonymous().get("api/organisations/" + id).json().getJsonObject("organisation").getString("name"));
        var service = admin.post("api/services", "{\"organisationId\":" + id + ",\"name\":\"Tagespflege Süd\","
                + "\"category\":\"SOCIAL_CARE\",\"country\":\"DE\",\"latitude\":47.98,\"longitude\":7.83}");
        assertEquals(201, service.status(), service.body());
        long serviceId = service.json().getJsonNumber("id").longValue();
        var updated = admin.put("api/services/" + serviceId, "{\"organisationId\":" + id + ",\"name\":\"Tagespflege Süd-West\","
                + "\"category\":\"SOCIAL_CARE\",\"country\":\"DE\"}");
        assertEquals(200, updated.status(), updated.body());
        assertEquals("Tagespflege Süd-West", anonymous().get("api/services/" + serviceId).json().getString("name"));
    }

    @Test
    void onlyAdminsChangeTheDirectory() {
        String body = "{\"name\":\"Not allowed\",\"country\":\"GB\"}";
        assertEquals(401, anonymous().post("api/organisations", body).status());
        for (String role : List.of("moderator", "responder", "quality")) {
            var reply = as(role).post("api/organisations", body);
            assertEquals(403, reply.status(), role);
            assertEquals("application/problem+json", reply.contentType());
        }
    }

    @Test
    void refusesChangesWithoutTheCsrfToken() {
        var admin = as("admin");
        admin.forgetCsrfToken();
        var reply = admin.post("api/organisations", "{\"name\":\"CSRF\",\"country\":\"GB\"}");
        assertEquals(403, reply.status());
        assertTrue(reply.json().getString("detail").contains("X-CSRF-Token"));
    }

    @Test
    void logsInWithAStrictHttpOnlyCookieAndLogsOut() {
        var api = new Api(base);
        var login = api.logIn("moderator@demo.example", DEMO_PASSWORD);
        String cookie = login.cookies().stream().filter(c -> c.startsWith("COPRODUCE_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertNotNull(login.json().getString("csrfToken"));
        assertEquals("MODERATOR", api.get("api/session").json().getString("role"));
        assertEquals(204, api.delete("api/session").status());
        assertEquals(401, api.get("api/session").status());
    }

    @Test
    void storesPasswordsAsPbkdf2WithSixHundredThousandIterations() throws Exception {
        try (var db = TestDatabase.connect();
                var rows = db.createStatement().executeQuery("select password_hash from account")) {
            while (rows.next()) {
                assertTrue(rows.getString(1).startsWith("PBKDF2WithHmacSHA256:600000:"), rows.getString(1));
            }
        }
    }

    @Test
    void locksAnAccountAfterFiveFailedLogins() {
        var admin = as("admin");
        String email = "locked-" + UUID.randomUUID() + "@example.org";
        assertEquals(201, admin.post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Lou\","
                + "\"role\":\"MODERATOR\",\"password\":\"correct horse battery\"}").status());
        var api = anonymous();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.logIn(email, "wrong password " + i).status());
        }
        var refused = api.logIn(email, "correct horse battery");
        assertEquals(401, refused.status(), "locked: even the right password is refused");
        assertEquals("application/problem+json", refused.contentType());
    }

    @Test
    void answersUnknownPathsAndWrongMethodsWithProblems() {
        var api = anonymous();
        assertProblem(api.get("api/no-such-thing"), 404);
        assertProblem(api.get("api/services/not-a-number"), 404);
        var wrongMethod = api.send("DELETE", "api/services", null, null);
        assertProblem(wrongMethod, 405);
        assertNotNull(wrongMethod.header("Allow"));
    }

    @Test
    void answersBadBodiesWithProblemsNamingTheField() {
        var admin = as("admin");
        assertProblem(admin.post("api/organisations", "{\"name\": "), 400);
        assertProblem(admin.send("POST", "api/organisations", "text/plain", "name=x"), 415);
        var missing = admin.post("api/organisations", "{\"city\":\"Leeds\"}");
        assertProblem(missing, 400);
        assertEquals(List.of("country", "name"), missing.violatedFields());
        var badEnum = admin.post("api/services", "{\"organisationId\":1,\"name\":\"X\",\"category\":\"SPACESHIP\",\"country\":\"GB\"}");
        assertProblem(badEnum, 400);
        assertEquals(List.of("category"), badEnum.violatedFields());
        var badNumber = admin.post("api/services", "{\"organisationId\":\"one\",\"name\":\"X\",\"category\":\"HEALTH\",\"country\":\"GB\"}");
        assertProblem(badNumber, 400);
        assertEquals(List.of("organisationId"), badNumber.violatedFields());
        var tooBig = admin.post("api/organisations", "{\"name\":\"" + "x".repeat(70_000) + "\",\"country\":\"GB\"}");
        assertProblem(tooBig, 413);
    }

    @Test
    void answersBadQueryParametersWithProblemsNamingTheField() {
        var api = anonymous();
        assertEquals(List.of("page"), problem(api.get("api/services?page=abc")).violatedFields());
        assertEquals(List.of("size"), problem(api.get("api/services?size=100000")).violatedFields());
        assertEquals(List.of("near"), problem(api.get("api/services?near=95,7")).violatedFields());
        assertEquals(List.of("category"), problem(api.get("api/services?category=x")).violatedFields());
    }

    @Test
    void answers503WithinFiveSecondsWhileTheDatabaseIsDownAndRecovers() throws Exception {
        var api = anonymous();
        assertEquals(200, api.get("api/services").status());
        TestDatabase.proxy().cut();
        try {
            long start = System.nanoTime();
            var down = api.get("api/services?q=x");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertProblem(down, 503);
            assertNotNull(down.header("Retry-After"));
            assertTrue(millis < 5_000, "answered in " + millis + " ms");
        } finally {
            TestDatabase.proxy().restore();
        }
        Reply back = null;
        for (int i = 0; i < 20 && (back == null || back.status() != 200); i++) {
            Thread.sleep(500);
            back = api.get("api/services");
        }
        assertEquals(200, back.status(), "recovers without a restart");
    }

    private static Reply problem(Reply reply) {
        assertProblem(reply, 400);
        return reply;
    }

    static void assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        var json = reply.json();
        assertEquals(status, json.getInt("status"));
        assertNotNull(json.getString("type"));
        assertNotNull(json.getString("title"));
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().toLowerCase().contains("select "), reply.body());
    }
}
