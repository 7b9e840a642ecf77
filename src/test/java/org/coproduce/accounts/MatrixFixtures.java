package org.coproduce.accounts;

import static org.coproduce.testing.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.coproduce.accounts.control.Base32;
import org.coproduce.accounts.control.Totp;
import org.coproduce.photos.TestPhotos;
import org.coproduce.testing.Api;
import org.coproduce.testing.AuthorizationMatrix;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Reply;

/**
 * What the authorization matrix's rows name, made through the API as the admin and the
 * organisations' own staff: a parent organisation with a child (the organisation under test) and
 * an unrelated one, a service and staff of each, published stories, a change, responses, an alert.
 */
final class MatrixFixtures {

    static final String PASSWORD = "a long enough password";

    /** Values of the fixtures, the same for every role but {token}. */
    final Map<String, String> values = new HashMap<>();
    /** A client per role of {@link AuthorizationMatrix#ROLES}, logged in where the role has an account. */
    final Map<String, Api> clients = new LinkedHashMap<>();
    private String foreignToken;

    private final Journeys app;
    private final Api admin;
    private final Api moderator;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private MatrixFixtures(Journeys app) {
        this.app = app;
        this.admin = app.demo("admin");
        this.moderator = app.demo("moderator");
    }

    static MatrixFixtures create(Journeys app) {
        var fixtures = new MatrixFixtures(app);
        fixtures.directoryAndStaff();
        fixtures.storiesAndAnswers();
        fixtures.barriers();
        return fixtures;
    }

    /** The fixtures as a role sees them: only the storyteller holds the follow token. */
    Map<String, String> valuesFor(String role) {
        var mine = new HashMap<>(values);
        if (!role.equals("storyteller")) {
            mine.put("token", foreignToken);
        }
        return mine;
    }

    private void directoryAndStaff() {
        values.put("run", run);
        values.put("notice", "privacy");
        values.put("reason", "PERSONAL_DATA");
        values.put("json", "json");
        values.put("xml", "xml");
        long parent = organisation("Matrix parent " + run, null);
        String name = "Matrix organisation " + run;
        long organisation = organisation(name, parent);
        long other = organisation("Matrix other " + run, null);
        values.put("orgName", name);
        values.put("serviceName", "Matrix service " + run);
        long service = service(organisation, "Matrix service " + run);
        long otherService = service(other, "Matrix other service " + run);
        put("parent", parent);
        put("org", organisation);
        put("other", other);
        put("service", service);
        put("otherService", otherService);

        clients.put("anonymous", app.anonymous());
        clients.put("storyteller", app.anonymous());
        clients.put("responder", staff("responder", "RESPONDER", organisation));
        clients.put("quality", staff("quality", "QUALITY_MANAGER", organisation));
        clients.put("other-responder", staff("other-responder", "RESPONDER", other));
        clients.put("other-quality", staff("other-quality", "QUALITY_MANAGER", other));
        clients.put("parent-responder", staff("parent-responder", "RESPONDER", parent));
        clients.put("parent-quality", staff("parent-quality", "QUALITY_MANAGER", parent));
        clients.put("moderator", moderator);
        clients.put("admin", admin);
        assertEquals(AuthorizationMatrix.ROLES, clients.keySet().stream().toList());

        String spare = "matrix-spare-" + run + "@example.org";
        values.put("accountEmail", spare);
        put("account", id(admin.post("api/accounts", account(spare, "Matrix spare", "RESPONDER", organisation))));
        put("webhook", id(clients.get("quality").post("api/webhooks", "{\"organisationId\":" + organisation
                + ",\"url\":\"http://127.0.0.1:9/matrix-" + run + "\",\"events\":[\"story.published\"]}")));
        put("rule", id(admin.post("api/routing-rules", "{\"organisationId\":" + organisation
                + ",\"category\":\"HOUSING\",\"latitude\":0.5,\"longitude\":0.5,\"radiusKm\":1}")));
    }

    private void storiesAndAnswers() {
        var responder = clients.get("responder");
        long service = number("service");
        assertEquals(200, responder.put("api/subscriptions/" + service, "{\"minCriticality\":0}").status(), "the responder follows");
        var told = clients.get("storyteller").post("api/stories", Journeys.submission(service, "Matrix story " + run));
        assertEquals(202, told.status(), told.body());
        long story = told.json().getJsonNumber("id").longValue();
        String token = told.json().getString("followToken");
        values.put("token", token);
        foreignToken = sameShape(token);
        put("story", story);
        long otherStory = id(app.anonymous().post("api/stories", Journeys.submission(number("otherService"), "Matrix other " + run)));
        put("otherStory", otherStory);
        long received = id(app.anonymous().post("api/stories", Journeys.submission(service, "Matrix received " + run)));
        put("received", received);
        var photo = clients.get("storyteller").post("api/follow/" + token + "/photos?alt=Matrix", "image/jpeg",
                org.coproduce.photos.TestPhotos.jpegWithGps(64, 48));
        assertEquals(201, photo.status(), photo.body());
        put("photo", photo.json().getJsonNumber("id").longValue());
        publish(story);
        publish(otherStory);
        put("delivery", clients.get("quality").get("api/webhooks/" + values.get("webhook") + "/deliveries").items().getJsonObject(0)
                .getJsonNumber("id").longValue());
        put("receivedVersion", moderator.get("api/moderation/stories/" + received).json().getJsonNumber("version").longValue());

        var inbox = eventually(() -> responder.get("api/inbox?size=100"), r -> alertAbout(r, story) != null);
        put("alert", alertAbout(inbox, story).getJsonNumber("id").longValue());
        long response = respond(story, "Thank you for telling us: we are changing the booking.");
        var pending = moderator.get("api/moderation/replies/" + response).json();
        if (!"PUBLISHED".equals(pending.getString("status"))) {
            var published = moderator.post("api/moderation/replies/" + response + "/decision", "{\"action\":\"PUBLISH\"}");
            assertEquals(200, published.status(), published.body());
        }
        put("response", response);
        put("reply", respond(story, "We will call you back about this."));
        put("change", id(responder.post("api/changes", change(number("org"), "Matrix change " + run, service, story))));
        var opened = responder.put("api/changes/" + values.get("change") + "/participation", "{\"open\":true}");
        assertEquals(200, opened.status(), opened.body());
        put("proposal", id(clients.get("storyteller").post("api/changes/" + values.get("change") + "/proposals",
                "{\"text\":\"Matrix proposal " + run + "\"}")));
        put("otherChange", id(clients.get("other-responder").post("api/changes",
                change(number("other"), "Matrix other change " + run, number("otherService"), otherStory))));
    }

    /** A published barrier routed to {org} with a photo, one awaiting moderation and its private link, a barrier route of {other}. */
    private void barriers() {
        id(admin.post("api/barrier-routes", "{\"organisationId\":" + number("org")
                + ",\"category\":\"LIFT_BROKEN\",\"minLatitude\":10,\"minLongitude\":10,\"maxLatitude\":10.1,\"maxLongitude\":10.1}"));
        put("otherBarrierRoute", id(admin.post("api/barrier-routes", "{\"organisationId\":" + number("other")
                + ",\"minLatitude\":20,\"minLongitude\":20,\"maxLatitude\":20.1,\"maxLongitude\":20.1}")));
        var reporter = clients.get("storyteller");
        var reported = reporter.post("api/barriers", barrier("Matrix lift " + run));
        long barrier = id(reported);
        var photo = reporter.post("api/barriers/reported/" + reported.json().getString("eraseToken") + "/photos?alt=Matrix", "image/png",
                TestPhotos.png(40, 30));
        assertEquals(201, photo.status(), photo.body());
        put("barrierPhoto", photo.json().getJsonNumber("id").longValue());
        var published = moderator.post("api/moderation/barriers/" + barrier + "/decision", "{\"action\":\"PUBLISH\"}");
        assertEquals(200, published.status(), published.body());
        put("barrier", barrier);
        var pending = reporter.post("api/barriers", barrier("Matrix pending " + run));
        put("pendingBarrier", id(pending));
        values.put("barrierToken", pending.json().getString("eraseToken"));
    }

    private static String barrier(String place) {
        return "{\"category\":\"LIFT_BROKEN\",\"place\":\"" + place + "\",\"description\":\"Out of order\",\"latitude\":10.05,\"longitude\":10.05}";
    }

    private long organisation(String name, Long parent) {
        return id(admin.post("api/organisations", "{\"name\":\"" + name + "\",\"country\":\"GB\""
                + (parent == null ? "" : ",\"parentId\":" + parent) + "}"));
    }

    private long service(long organisation, String name) {
        return id(admin.post("api/services", "{\"organisationId\":" + organisation + ",\"name\":\"" + name
                + "\",\"category\":\"HEALTH\",\"country\":\"GB\"}"));
    }

    private Api staff(String who, String role, long organisation) {
        String email = "matrix-" + who + "-" + run + "@example.org";
        id(admin.post("api/accounts", account(email, "Matrix " + who, role, organisation)));
        var client = app.as(email, PASSWORD);
        if ("enrol".equals(client.get("api/session").json().getString("secondFactor", ""))) {
            enrolSecondFactor(client);
        }
        return client;
    }

    /**
     * A role that must have a second factor (COPRODUCE_SECOND_FACTOR_ROLES; quality managers in the
     * ITs) logs in restricted to setting one up: it does, which lifts the restriction.
     */
    private static void enrolSecondFactor(Api client) {
        var started = client.post("api/account/second-factor", "");
        assertEquals(200, started.status(), started.body());
        byte[] secret = Base32.decode(started.json().getString("secret"));
        var confirmed = client.post("api/account/second-factor/confirm", "{\"code\":\"" + Totp.code(secret, Instant.now()) + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
    }

    private static String account(String email, String name, String role, long organisation) {
        return "{\"email\":\"" + email + "\",\"displayName\":\"" + name + "\",\"role\":\"" + role + "\",\"organisationIds\":["
                + organisation + "],\"password\":\"" + PASSWORD + "\"}";
    }

    private static String change(long organisation, String description, long service, long story) {
        return "{\"organisationId\":" + organisation + ",\"description\":\"" + description + "\",\"serviceIds\":[" + service
                + "],\"storyIds\":[" + story + "]}";
    }

    /** The moderator publishes, again when the analysis changed the story in between (409). */
    private void publish(long story) {
        Reply reply = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            long version = moderator.get("api/moderation/stories/" + story).json().getJsonNumber("version").longValue();
            reply = moderator.post("api/moderation/stories/" + story + "/decision", "{\"action\":\"PUBLISH\",\"version\":" + version
                    + ",\"title\":\"Matrix " + story + "\",\"text\":\"Moderated text\",\"criticality\":2}");
            if (reply.status() != 409) {
                break;
            }
            pause();
        }
        assertEquals(200, reply.status(), reply.body());
    }

    private long respond(long story, String text) {
        return id(clients.get("responder").post("api/stories/" + story + "/responses", "{\"text\":\"" + text + "\"}"));
    }

    private static JsonObject alertAbout(Reply inbox, long story) {
        return inbox.items().stream().map(JsonObject.class::cast).filter(a -> a.getJsonNumber("storyId").longValue() == story)
                .findFirst().orElse(null);
    }

    private static long id(Reply created) {
        assertEquals(201, created.status() == 202 ? 201 : created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private void put(String name, long value) {
        values.put(name, String.valueOf(value));
    }

    private long number(String name) {
        return Long.parseLong(values.get(name));
    }

    /** A token nobody holds, of the same length and alphabet as a real one. */
    private static String sameShape(String token) {
        var random = new Random();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var other = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            other.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return other.toString();
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
