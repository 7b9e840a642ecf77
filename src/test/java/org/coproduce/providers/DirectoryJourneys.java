package org.coproduce.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Journeys;
import org.junit.jupiter.api.Test;

/** The directory of organisations and services: paged, searched, nearest first, changed by admins only. */
public interface DirectoryJourneys extends Journeys {

    @Test
    default void listsTheDemoDirectoryInPages() {
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
    default void findsServicesNearestFirst() {
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
    default void filtersServicesByNameAndCategory() {
        var housing = anonymous().get("api/services?category=housing&size=50").items();
        assertFalse(housing.isEmpty());
        housing.forEach(s -> assertEquals("HOUSING", s.asJsonObject().getString("category")));
        var byName = anonymous().get("api/services?q=notaufnahme").items();
        assertEquals(1, byName.size());
        assertEquals("Zentrale Notaufnahme", byName.getJsonObject(0).getString("name"));
    }

    @Test
    default void showsAnOrganisationWithItsChildren() {
        long trust = organisationNamed("Aire Valley NHS Foundation Trust");
        var detail = anonymous().get("api/organisations/" + trust).json();
        assertEquals(3, detail.getJsonArray("children").size());
        assertEquals(404, anonymous().get("api/organisations/999999").status());
    }

    @Test
    default void adminCreatesAndUpdatesTheDirectoryWithUmlautsAndEmoji() {
        var admin = demo("admin");
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
    default void onlyAdminsChangeTheDirectory() {
        String body = "{\"name\":\"Not allowed\",\"country\":\"GB\"}";
        assertEquals(401, anonymous().post("api/organisations", body).status());
        for (String role : List.of("moderator", "responder", "quality")) {
            var reply = demo(role).post("api/organisations", body);
            assertEquals(403, reply.status(), role);
            assertEquals("application/problem+json", reply.contentType());
        }
    }
}
