package org.coproduce.web;

import static org.coproduce.web.Pages.patiently;
import static org.coproduce.web.Pages.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.coproduce.testing.Api;
import org.coproduce.testing.Reply;

/** What the page tests set up through the API: services, published stories, staff sessions. */
final class Demo {

    static final String MONTH = YearMonth.now(ZoneOffset.UTC).toString();

    private final URL base;

    Demo(URL base) {
        this.base = base;
    }

    record Told(long id, String followToken) {
    }

    Told publishedStory(long service, String title, String theme) {
        var told = patiently(() -> new Api(base).post("api/stories", """
                {"serviceIds": [%d], "relation": "SERVICE_USER", "happened": "%s", "title": "%s",
                 "story": "I waited and nobody told me why."}""".formatted(service, MONTH, title)));
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        var moderator = staff("moderator");
        var view = eventually(() -> moderator.get("api/moderation/stories/" + id), r -> true);
        var published = moderator.post("api/moderation/stories/" + id + "/decision", """
                {"action": "PUBLISH", "version": %s, "title": "%s", "text": "I waited and nobody told me why.",
                 "criticality": 2, "themes": [{"code": "%s", "polarity": "IMPROVE"}]}"""
                .formatted(view.json().getJsonNumber("version"), title, theme));
        assertEquals(200, published.status(), published.body());
        return new Told(id, told.json().getString("followToken"));
    }

    long newServiceOfHospitalNorth() {
        long north = new Api(base).get("api/organisations?size=100").items().stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("name").equals("Aire Valley Hospital North")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        var created = staff("admin").post("api/services", "{\"organisationId\":" + north + ",\"name\":\"Parking help "
                + UUID.randomUUID().toString().substring(0, 6) + "\",\"category\":\"HEALTH\",\"city\":\"Leeds\",\"country\":\"GB\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    long serviceNamed(String name) {
        return patiently(() -> new Api(base).get("api/services?q=" + name.replace(' ', '+'))).items().stream()
                .map(JsonObject.class::cast).filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    Api staff(String who) {
        return PublishedStory.staff(base, who);
    }

    static Reply eventually(Supplier<Reply> request, Predicate<Reply> done) {
        long until = System.currentTimeMillis() + 60_000;
        Reply last = null;
        while (System.currentTimeMillis() < until) {
            try {
                last = request.get();
                if (last.status() == 200 && done.test(last)) {
                    return last;
                }
            } catch (IllegalStateException slow) {
                // a busy machine let the request time out: ask again
            }
            sleep(200);
        }
        throw new AssertionError("not reached within a minute: " + last);
    }
}
