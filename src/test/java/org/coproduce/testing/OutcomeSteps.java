package org.coproduce.testing;

import static org.coproduce.testing.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Steps of the outcomes, changes and rises journeys: services of their own, published stories
 * on them, and reading dashboard figures (which must not be suppressed where a number is expected).
 */
public interface OutcomeSteps extends Journeys {

    String MONTH = YearMonth.now(ZoneOffset.UTC).toString();
    LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    String WEEK = TODAY.format(DateTimeFormatter.ISO_WEEK_DATE).substring(0, 8);
    String WEEKS_AGO = TODAY.minusWeeks(3).format(DateTimeFormatter.ISO_WEEK_DATE).substring(0, 8);

    /** A new HEALTH service of Aire Valley Hospital North: its dashboard counts only this test's stories. */
    default long newServiceOfHospitalNorth() {
        long north = organisationNamed("Aire Valley Hospital North");
        var created = demo("admin").post("api/services", "{\"organisationId\":" + north + ",\"name\":\"Outcomes clinic "
                + UUID.randomUUID() + "\",\"category\":\"HEALTH\",\"city\":\"Leeds\",\"country\":\"GB\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    default long publishedStory(long service, String theme) {
        return publishedStory(List.of(service), theme);
    }

    /** A story of this month about the services, published with criticality 3 and the theme as a concern. */
    default long publishedStory(List<Long> services, String theme) {
        String ids = String.join(",", services.stream().map(String::valueOf).toList());
        var told = anonymous().post("api/stories", "{\"serviceIds\":[" + ids + "],\"relation\":\"SERVICE_USER\","
                + "\"happened\":\"" + MONTH + "\",\"title\":\"Long wait\",\"story\":\"I waited for hours.\"}");
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        var moderator = demo("moderator");
        var view = eventually(() -> moderator.get("api/moderation/stories/" + id), r -> true);
        var published = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + view.json().getJsonNumber("version") + ",\"title\":\"Long wait\",\"text\":\"I waited for hours.\","
                + "\"criticality\":3,\"themes\":[{\"code\":\"" + theme + "\",\"polarity\":\"IMPROVE\"}]}");
        assertEquals(200, published.status(), published.body());
        return id;
    }

    /** The moderator publishes the story as it is, with this text, criticality and (optional) theme. */
    default void publishedAs(long id, String title, String text, int criticality, String theme) {
        var moderator = demo("moderator");
        var view = eventually(() -> moderator.get("api/moderation/stories/" + id), r -> true);
        assertEquals(200, moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + view.json().getJsonNumber("version") + ",\"title\":\"" + title + "\",\"text\":\"" + text + "\","
                + "\"criticality\":" + criticality + (theme == null ? "" : ",\"themes\":[{\"code\":\"" + theme
                + "\",\"polarity\":\"IMPROVE\"}]") + "}").status());
    }

    static long value(JsonObject figure) {
        assertFalse(figure.getBoolean("suppressed"), figure.toString());
        return figure.getJsonNumber("value").longValue();
    }

    static JsonObject total(Reply dashboard) {
        return dashboard.json().getJsonObject("total");
    }

    /** The ids of the stories a drill-down lists. */
    static List<Long> ids(Reply stories) {
        return stories.items().stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    static long organisation(Api admin, String name) {
        var created = admin.post("api/organisations", "{\"name\":\"" + name + "\",\"country\":\"GB\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    static long service(Api admin, long organisation, String name) {
        var created = admin.post("api/services", serviceJson(organisation, name));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    static void move(Api admin, long service, long organisation) {
        String name = admin.get("api/services/" + service).json().getString("name");
        var moved = admin.put("api/services/" + service, serviceJson(organisation, name));
        assertEquals(200, moved.status(), moved.body());
    }

    static String serviceJson(long organisation, String name) {
        return "{\"organisationId\":" + organisation + ",\"name\":\"" + name + "\",\"category\":\"HEALTH\",\"country\":\"GB\"}";
    }
}
