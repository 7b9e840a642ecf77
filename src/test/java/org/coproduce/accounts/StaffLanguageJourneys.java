package org.coproduce.accounts;

import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Every staff member is written to in their own language: an admin gives one responder German, the
 * other chooses English on their own account page, and one story alerts both, each in theirs.
 */
public interface StaffLanguageJourneys extends Journeys {

    String PASSWORD = "a long enough password";

    @Test
    default void oneStoryAlertsTwoRespondersEachInTheirLanguage() throws Exception {
        long service = emergencyDepartment();
        long organisation = anonymous().get("api/services/" + service).json().getJsonNumber("organisationId").longValue();
        String german = responder(organisation, ",\"language\":\"de\"");
        String english = responder(organisation, "");
        var englishApi = as(english, PASSWORD);
        assertEquals(List.of("language"), englishApi.put("api/account/language", "{\"language\":\"fr\"}").violatedFields());
        assertProblem(anonymous().put("api/account/language", "{\"language\":\"en\"}"), 401);
        assertEquals(204, englishApi.put("api/account/language", "{\"language\":\"en\"}").status());
        assertEquals("en", englishApi.get("api/session").json().getString("language"));
        assertEquals("de", as(german, PASSWORD).get("api/session").json().getString("language"));
        for (String email : List.of(german, english)) {
            assertEquals(200, as(email, PASSWORD).put("api/subscriptions/" + service, "{\"minCriticality\":1}").status());
        }

        long id = told("Told in two languages");
        publish(id, 3);

        assertTrue(TestMail.awaitMessage(german, "Neue Geschichte: Published " + id, Duration.ofSeconds(30)).isPresent(),
                "German alert to the responder whose account speaks German: " + TestMail.subjectsTo(german));
        assertTrue(TestMail.awaitMessage(english, "New story: Published " + id, Duration.ofSeconds(30)).isPresent(),
                "English alert to the one who chose English: " + TestMail.subjectsTo(english));
    }

    /** A new responder of the organisation, created by the admin with these extra fields; the answer shows the language. */
    private String responder(long organisation, String extra) {
        String email = "speaks-" + UUID.randomUUID() + "@example.org";
        var created = demo("admin").post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Speaker\","
                + "\"role\":\"RESPONDER\",\"organisationIds\":[" + organisation + "],\"password\":\"" + PASSWORD + "\"" + extra + "}");
        assertEquals(201, created.status(), created.body());
        assertEquals(extra.isEmpty() ? "en" : "de", created.json().getString("language"), "COPRODUCE_STAFF_LANGUAGE (en) unless chosen");
        return email;
    }
}
