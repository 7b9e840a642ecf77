package org.coproduce.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;

/**
 * What every journey through the running app needs: the app's address (which {@link DeployedWar}
 * has Arquillian inject), clients for anonymous visitors and the demo accounts, and the
 * common first steps (tell a story, publish it). Component journeys extend this interface with
 * default {@code @Test} methods; an IT class implements them and so runs them on its one deployment.
 */
public interface Journeys {

    String DEMO_PASSWORD = "demo-password";
    String ORIGINAL = "I waited six hours in the emergency department. Nurse Jane Smith (07700 900123) was kind.";

    /** The deployed app, as Arquillian injected it into the IT class. */
    URL base();

    /** A new visitor (a client of its own address). */
    default Api anonymous() {
        return new Api(base());
    }

    default Api as(String email, String password) {
        var api = anonymous();
        assertEquals(200, api.logIn(email, password).status(), email);
        return api;
    }

    /**
     * A demo account (admin, moderator, responder, quality), logged in once and kept for the
     * journeys that follow ({@link DemoSessions}); trying again when a busy machine lets the login time out.
     */
    default Api demo(String who) {
        return DemoSessions.of(base(), who, () -> logInAsDemo(who));
    }

    private Api logInAsDemo(String who) {
        for (int attempt = 1; ; attempt++) {
            try {
                return as(who + "@demo.example", DEMO_PASSWORD);
            } catch (IllegalStateException timedOut) {
                if (attempt == 3) {
                    throw timedOut;
                }
            }
        }
    }

    default long emergencyDepartment() {
        return anonymous().get("api/services?q=Emergency%20Department").items().getJsonObject(0).getJsonNumber("id").longValue();
    }

    default long organisationNamed(String name) {
        return anonymous().get("api/organisations?size=100").items().stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    static String submission(long serviceId, String title) {
        return "{\"serviceIds\":[" + serviceId + "],\"relation\":\"SERVICE_USER\",\"happened\":\"2026-09\",\"title\":\"" + title
                + "\",\"story\":\"" + ORIGINAL + "\",\"improve\":\"Shorter waits\",\"email\":\"teller@example.org\"}";
    }

    /** The storyteller tells a story about the emergency department; the app answers 202 with its id and follow token. */
    default JsonObject tell(Api storyteller, String title) {
        var reply = storyteller.post("api/stories", submission(emergencyDepartment(), title));
        assertEquals(202, reply.status(), reply.body());
        return reply.json();
    }

    default long told(String title) {
        return tell(anonymous(), title).getJsonNumber("id").longValue();
    }

    /** The demo moderator publishes the story as it is now. */
    default void publish(long id, int criticality) {
        var moderator = demo("moderator");
        long version = moderator.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        var reply = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":" + version
                + ",\"title\":\"Published " + id + "\",\"text\":\"Moderated text\",\"criticality\":" + criticality + "}");
        assertEquals(200, reply.status(), reply.body());
    }

    /** A new responder account of the organisation. */
    default String newResponder(String prefix, String displayName, long organisation) {
        String email = prefix + "-" + java.util.UUID.randomUUID() + "@example.org";
        assertEquals(201, demo("admin").post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"" + displayName
                + "\",\"role\":\"RESPONDER\",\"organisationIds\":[" + organisation + "],"
                + "\"password\":\"a long enough password\"}").status());
        return email;
    }
}
