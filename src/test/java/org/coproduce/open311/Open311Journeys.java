package org.coproduce.open311;

import static org.coproduce.open311.GeoReportClient.arguments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 2: a civic app that speaks Open311 GeoReport v2 ({@link GeoReportClient}, written from the
 * specification) lists the service types, posts a request with the key an admin issued, and reads its status as the
 * story goes through moderation and gets an answer; without a key or with an unknown service code it gets the
 * specification's errors. The reporter's e-mail, names and phone are in no answer.
 */
public interface Open311Journeys extends Journeys {

    @Test
    default void open311ClientPostsARequestAndReadsItsStatusThroughModerationAndAnswer() {
        var admin = demo("admin");
        String key = issueKey(admin, "Journey app " + UUID.randomUUID());
        var app = client();
        String service = String.valueOf(emergencyDepartment());

        var services = app.services("json");
        assertEquals(200, services.status(), services.toString());
        assertTrue(services.contentType().startsWith("application/json"), services.contentType());
        var listed = services.json().stream().map(JsonValue::asJsonObject).filter(s -> s.getString("service_code").equals(service))
                .findFirst().orElseThrow(() -> new AssertionError("the emergency department is a service type: " + services.body()));
        assertEquals("Emergency Department", listed.getString("service_name"));
        assertEquals("realtime", listed.getString("type"));
        assertFalse(listed.getBoolean("metadata"));
        var xmlServices = app.services("xml");
        assertTrue(xmlServices.contentType().startsWith("text/xml"), xmlServices.contentType());
        assertEquals("Emergency Department", xmlServices.xpath("/services/service[service_code='" + service + "']/service_name"));
        assertEquals(1, xmlServices.count("/services/service[service_code='HEALTH' and group='category']"));

        String email = "reporter-" + UUID.randomUUID() + "@example.org";
        var posted = app.post("json", arguments("api_key", key, "jurisdiction_id", "coproduce.example", "service_code", service,
                "description", "The lift to the emergency department was broken for a week.\nWe had to use the stairs.",
                "email", email, "first_name", "Jolene", "last_name", "Quartermaine", "phone", "07700 900461", "device_id", "journey-device",
                "media_url", "http://media.example.org/lift.jpg"));
        assertEquals(200, posted.status(), posted.toString());
        String id = posted.json().getJsonObject(0).getString("service_request_id");
        assertFalse(posted.json().getJsonObject(0).containsKey("token"), "realtime: an id, not a token");

        var waiting = app.request(id, "json").json().getJsonObject(0);
        assertEquals("open", waiting.getString("status"));
        assertTrue(waiting.isNull("description"), "not public before moderation: " + waiting);
        assertEquals("open", app.request(id, "xml").xpath("/service_requests/request[service_request_id='" + id + "']/status"));
        assertFalse(app.requests("json", Map.of()).json().stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> r.getString("service_request_id").equals(id)), "only published stories are listed");

        publish(Long.parseLong(id), 1);
        var published = app.request(id, "json").json().getJsonObject(0);
        assertEquals("open", published.getString("status"), "published, not answered yet");
        assertEquals("Moderated text", published.getString("description"));
        assertEquals(service, published.getString("service_code"));
        assertEquals("Emergency Department", published.getString("service_name"));
        assertTrue(published.getString("requested_datetime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), published.toString());
        var listedRequest = app.requests("xml", Map.of("service_code", service, "status", "open"));
        assertEquals("Moderated text", listedRequest.xpath("/service_requests/request[service_request_id='" + id + "']/description"),
                listedRequest.status() + " " + listedRequest.body().substring(0, Math.min(600, listedRequest.body().length())));

        answer(Long.parseLong(id), "We have repaired the lift and check it every morning.");
        var answered = app.request(id, "xml");
        assertEquals("closed", answered.xpath("/service_requests/request/status"), answered.body());
        assertTrue(answered.xpath("/service_requests/request/status_notes").contains("We have repaired the lift"), answered.body());
        assertEquals(1, app.requests("json", Map.of("service_request_id", id + ",999999999")).json().size());
        assertEquals("closed", app.requests("json", Map.of("status", "closed")).json().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("service_request_id").equals(id)).findFirst().orElseThrow().getString("status"));

        for (String body : app.bodies()) {
            for (String personal : new String[] {email, "Jolene", "Quartermaine", "07700 900461", "journey-device", "media.example.org"}) {
                assertFalse(body.contains(personal), personal + " in an answer: " + body);
            }
        }
    }

    @Test
    default void open311AnswersTheSpecificationsErrorsWithoutAKeyForAnUnknownServiceAndRequest() {
        var admin = demo("admin");
        var app = client();
        String service = String.valueOf(emergencyDepartment());

        var noKey = app.post("json", arguments("service_code", service, "description", "No key", "lat", "53.8", "long", "-1.55"));
        assertEquals(403, noKey.status(), noKey.toString());
        assertEquals(403, noKey.json().getJsonObject(0).getInt("code"));
        assertTrue(noKey.json().getJsonObject(0).getString("description").contains("api_key"), noKey.body());
        var noKeyXml = app.post("xml", arguments("api_key", "o311_not-a-key", "service_code", service, "description", "Wrong key"));
        assertEquals(403, noKeyXml.status());
        assertEquals("403", noKeyXml.xpath("/errors/error/code"));

        var issued = admin.post("api/admin/open311/keys", "{\"name\":\"Revoked app\"}").json();
        assertEquals(200, admin.delete("api/admin/open311/keys/" + issued.getJsonNumber("id")).status());
        assertEquals(403, app.post("json", arguments("api_key", issued.getString("key"), "service_code", service, "description", "Revoked"))
                .status(), "a revoked key is refused");
        assertFalse(admin.get("api/admin/open311/keys").body().contains(issued.getString("key")), "a key is shown once");

        String key = issueKey(admin, "Careless app " + UUID.randomUUID());
        var unknown = app.post("json", arguments("api_key", key, "service_code", "POTHOLES", "description", "A pothole"));
        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.json().getJsonObject(0).getString("description").startsWith("service_code"), unknown.body());
        var noPlace = app.post("xml", arguments("api_key", key, "service_code", "HEALTH", "description", "Somewhere"));
        assertEquals(400, noPlace.status(), noPlace.toString());
        assertTrue(noPlace.xpath("/errors/error/description").startsWith("lat"), noPlace.body());
        var missing = app.request("999999999", "json");
        assertEquals(404, missing.status());
        assertEquals(404, missing.json().getJsonObject(0).getInt("code"));
        assertEquals("404", app.request("999999999", "xml").xpath("/errors/error/code"));
    }

    private GeoReportClient client() {
        return new GeoReportClient(URI.create(base().toString().replaceAll("/?$", "/")).resolve("open311/v2/"));
    }

    private static String issueKey(Api admin, String name) {
        var issued = admin.post("api/admin/open311/keys", "{\"name\":\"" + name + "\"}");
        assertEquals(201, issued.status(), issued.body());
        String key = issued.json().getString("key");
        assertTrue(key.startsWith("o311_"), key);
        return key;
    }

    /** A responder of the service's organisation answers; the moderators publish the answer. */
    private void answer(long id, String text) {
        long organisation = anonymous().get("api/services/" + emergencyDepartment()).json().getJsonNumber("organisationId").longValue();
        var responder = as(newResponder("open311", "Robin Open", organisation), "a long enough password");
        var response = responder.post("api/stories/" + id + "/responses", "{\"text\":\"" + text + "\"}");
        assertEquals(201, response.status(), response.body());
        JsonObject created = response.json();
        if (!"PUBLISHED".equals(created.getString("status"))) {
            long reply = created.getJsonNumber("id").longValue();
            assertEquals(200, demo("moderator").post("api/moderation/replies/" + reply + "/decision", "{\"action\":\"PUBLISH\"}").status());
        }
    }
}
