package org.coproduce;

import static org.coproduce.FoundationIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.coproduce.testing.Api;
import org.coproduce.testing.Deployments;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.coproduce.testing.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The story lifecycle end to end on MariaDB, through the API as storytellers, moderators and
 * responders use it, with a real SMTP server. Runs with deadlines of 0 days, fast-track after
 * one clean response and 5 stories per client and hour (see the failsafe configuration).
 */
@ExtendWith(ArquillianExtension.class)
class StoryLifecycleIT {

    static final String PASSWORD = "demo-password";
    static final String ORIGINAL = "I waited six hours in the emergency department. Nurse Jane Smith (07700 900123) was kind.";

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.coproduce();
    }

    @ArquillianResource
    URL base;

    Api as(String email, String password) {
        var api = new Api(base);
        assertEquals(200, api.logIn(email, password).status(), email);
        return api;
    }

    Api demo(String who) {
        return as(who + "@demo.example", PASSWORD);
    }

    long emergencyDepartment() {
        return new Api(base).get("api/services?q=Emergency%20Department").items().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static String submission(long serviceId, String title) {
        return "{\"serviceIds\":[" + serviceId + "],\"relation\":\"SERVICE_USER\",\"happened\":\"2026-09\",\"title\":\"" + title
                + "\",\"story\":\"" + ORIGINAL + "\",\"improve\":\"Shorter waits\",\"email\":\"teller@example.org\"}";
    }

    JsonObject tell(Api storyteller, String title) {
        var reply = storyteller.post("api/stories", submission(emergencyDepartment(), title));
        assertEquals(202, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void acceptsAStoryWithoutAnAccountAndKeepsItPrivateUntilPublished() {
        var storyteller = new Api(base);
        var received = tell(storyteller, "Private until published");
        long id = received.getJsonNumber("id").longValue();
        var follow = storyteller.get("api/follow/" + received.getString("followToken")).json();
        assertEquals("RECEIVED", follow.getString("status"));
        assertEquals("UNHEARD", follow.getString("progress"));
        assertEquals(404, new Api(base).get("api/stories/" + id).status());
        assertEquals(404, new Api(base).get("api/follow/not-a-real-token").status());
    }

    @Test
    void answersARetryWithTheSameIdempotencyKeyWithTheSameStory() {
        var api = new Api(base);
        String key = UUID.randomUUID().toString();
        String body = submission(emergencyDepartment(), "Retried");
        var first = api.post("api/stories", body, "Idempotency-Key", key);
        var second = api.post("api/stories", body, "Idempotency-Key", key);
        assertEquals(202, second.status());
        assertEquals(first.json().getJsonNumber("id"), second.json().getJsonNumber("id"));
        assertEquals(first.json().getString("followToken"), second.json().getString("followToken"));
        var different = api.post("api/stories", submission(emergencyDepartment(), "Something else"), "Idempotency-Key", key);
        assertProblem(different, 422);
    }

    @Test
    void slowsDownBurstsFromOneClient() {
        var api = new Api(base);
        for (int i = 0; i < 5; i++) {
            assertEquals(202, api.post("api/stories", submission(emergencyDepartment(), "Burst " + i)).status());
        }
        var refused = api.post("api/stories", submission(emergencyDepartment(), "One too many"));
        assertProblem(refused, 429);
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
        assertEquals(202, new Api(base).post("api/stories", submission(emergencyDepartment(), "Another client")).status());
    }

    @Test
    void namesTheFieldsOfAnInvalidStory() {
        var api = new Api(base);
        var reply = api.post("api/stories", "{\"relation\":\"ALIEN\",\"happened\":\"2026-13\",\"title\":\"\"}");
        assertProblem(reply, 400);
        assertTrue(reply.violatedFields().containsAll(List.of("happened", "title")), reply.body());
        var noText = api.post("api/stories", "{\"serviceIds\":[" + emergencyDepartment()
                + "],\"relation\":\"CARER\",\"happened\":\"2026-01\",\"title\":\"Hi\"}");
        assertEquals(List.of("story"), noText.violatedFields());
        var unknownService = api.post("api/stories", "{\"serviceIds\":[999999],\"relation\":\"CARER\",\"happened\":\"2026-01\","
                + "\"title\":\"Hi\",\"story\":\"x\"}");
        assertEquals(List.of("serviceIds"), unknownService.violatedFields());
    }

    @Test
    void goesFromStoryToPublicResponseAndDialogue() throws Exception {
        String responderEmail = "responder-" + UUID.randomUUID() + "@example.org";
        long service = emergencyDepartment();
        long organisation = new Api(base).get("api/services/" + service).json().getJsonNumber("organisationId").longValue();
        var admin = demo("admin");
        assertEquals(201, admin.post("api/accounts", "{\"email\":\"" + responderEmail + "\",\"displayName\":\"Sam Carter\","
                + "\"jobTitle\":\"Matron\",\"role\":\"RESPONDER\",\"organisationIds\":[" + organisation + "],"
                + "\"password\":\"a long enough password\"}").status());
        var responder = as(responderEmail, "a long enough password");
        assertEquals(200, responder.put("api/subscriptions/" + service, "{\"minCriticality\":2}").status());

        var storyteller = new Api(base);
        var received = tell(storyteller, "Six hours in the emergency department");
        long id = received.getJsonNumber("id").longValue();
        String token = received.getString("followToken");

        var moderator = demo("moderator");
        var queue = moderator.get("api/moderation/queue?size=100").items();
        assertTrue(queue.stream().anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == id));
        var view = moderator.get("api/moderation/stories/" + id).json();
        assertEquals(ORIGINAL, view.getString("story"));
        assertTrue(view.getBoolean("hasEmail"));
        assertFalse(view.toString().contains("teller@example.org"), "the e-mail address is never shown");

        var published = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + view.getJsonNumber("version") + ",\"title\":\"Six hours in A&E\",\"text\":\"I waited six hours. [A nurse] was kind.\","
                + "\"criticality\":3,\"themes\":[{\"code\":\"waiting\",\"polarity\":\"IMPROVE\"}]}");
        assertEquals(200, published.status(), published.body());

        var story = new Api(base).get("api/stories/" + id);
        assertEquals(200, story.status());
        assertEquals("I waited six hours. [A nurse] was kind.", story.json().getString("text"));
        assertFalse(story.body().contains("Jane Smith") || story.body().contains("07700") || story.body().contains("teller@"),
                "nothing private in public: " + story.body());
        assertEquals("IMPROVE", story.json().getJsonArray("themes").getJsonObject(0).getString("polarity"));

        var inbox = eventually(() -> responder.get("api/inbox"), r -> r.json().getInt("total") > 0);
        var alert = inbox.items().getJsonObject(0);
        assertEquals(id, alert.getJsonNumber("storyId").longValue());
        var mail = TestMail.awaitMessage(responderEmail, "Six hours in A&E", Duration.ofSeconds(20));
        assertTrue(mail.isPresent(), "alert e-mailed to the subscriber");
        assertFalse(mail.get().body().contains("Jane Smith"), "the e-mail carries only the published title and a link");

        assertEquals(200, responder.post("api/inbox/" + alert.getJsonNumber("id") + "/read", "").status());
        assertEquals("READ", storyteller.get("api/follow/" + token).json().getString("progress"));

        var response = responder.post("api/stories/" + id + "/responses", "{\"text\":\"We are sorry. We added night staff.\","
                + "\"change\":{\"kind\":\"MADE\",\"description\":\"Two more triage nurses at night\"}}");
        assertEquals(201, response.status(), response.body());
        assertEquals("PENDING", response.json().getString("status"), "a new responder's first response is moderated");
        assertEquals(0, new Api(base).get("api/stories/" + id).json().getJsonArray("responses").size());
        long responseId = response.json().getJsonNumber("id").longValue();
        assertEquals(200, moderator.post("api/moderation/replies/" + responseId + "/decision", "{\"action\":\"PUBLISH\"}").status());

        var answered = new Api(base).get("api/stories/" + id).json();
        assertEquals("CHANGE_MADE", answered.getString("progress"));
        var told = TestMail.awaitMessage("teller@example.org", "A response to your story: Six hours in A&E", Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the storyteller is e-mailed when the response is published"));
        String link = told.body().substring(told.body().indexOf("/follow.html#") + 13).split("\\s")[0];
        assertEquals(id, new Api(base).get("api/follow/" + link).json().getJsonNumber("id").longValue());
        assertFalse(told.body().contains("Jane Smith"), "no story text in the e-mail");
        var shown = answered.getJsonArray("responses").getJsonObject(0);
        assertEquals("Sam Carter", shown.getString("authorName"));
        assertEquals("Matron", shown.getString("authorTitle"));
        assertEquals("MADE", shown.getJsonObject("change").getString("kind"));

        var second = responder.post("api/stories/" + id + "/responses", "{\"text\":\"Update: it is working.\"}");
        assertEquals("PUBLISHED", second.json().getString("status"), "fast-track after a clean response");

        var follow = storyteller.get("api/follow/" + token).json();
        assertEquals("PUBLISHED", follow.getString("status"));
        assertEquals(2, follow.getJsonArray("responses").size());
        assertEquals(202, storyteller.post("api/follow/" + token + "/replies", "{\"text\":\"Thank you, that helps.\"}").status());
        assertEquals(2, new Api(base).get("api/stories/" + id).json().getJsonArray("responses").size(), "replies are moderated");
        var pendingReply = moderator.get("api/moderation/replies?size=100").items().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("text").equals("Thank you, that helps.")).findFirst().orElseThrow();
        assertEquals(200, moderator.post("api/moderation/replies/" + pendingReply.getJsonNumber("id") + "/decision",
                "{\"action\":\"PUBLISH\"}").status());
        assertEquals(3, new Api(base).get("api/stories/" + id).json().getJsonArray("responses").size());

        var reader = new Api(base);
        assertEquals(1, reader.post("api/stories/" + id + "/me-too", "").json().getInt("meToo"));
        assertEquals(1, reader.post("api/stories/" + id + "/me-too", "").json().getInt("meToo"), "once per client");
        assertEquals(2, new Api(base).post("api/stories/" + id + "/me-too", "").json().getInt("meToo"));
        assertEquals(1, reader.post("api/responses/" + responseId + "/helpful", "").json().getInt("helpful"));

        var audit = moderator.get("api/moderation/stories/" + id).json().getJsonArray("audit");
        var first = audit.getJsonObject(0);
        assertEquals("PUBLISH", first.getString("action"));
        assertTrue(first.getString("textBefore").contains("Jane Smith"));
        assertTrue(first.getString("textAfter").contains("[A nurse]"));
    }

    @Test
    void showsModeratorsTheAnalysisAndPutsSafeguardingFirst() {
        var storyteller = new Api(base);
        var reply = storyteller.post("api/stories", "{\"serviceIds\":[" + emergencyDepartment() + "],\"relation\":\"RELATIVE\","
                + "\"happened\":\"2026-10\",\"title\":\"Please help\",\"story\":\"My father was left alone all night and "
                + "Dr. Brown ignored us. He said he wants to kill himself. Call me on 07700 900123.\"}");
        long id = reply.json().getJsonNumber("id").longValue();
        var moderator = demo("moderator");
        var view = eventually(() -> moderator.get("api/moderation/stories/" + id),
                r -> r.json().get("analysis") != null && !r.json().isNull("analysis"), 240);
        var analysis = view.json().getJsonObject("analysis");
        assertEquals("en", analysis.getString("language"));
        assertTrue(analysis.getInt("criticality") >= 4);
        assertTrue(analysis.getJsonArray("safeguarding").size() > 0);
        String text = view.json().getString("text");
        var kinds = analysis.getJsonArray("personalData").stream().map(v -> v.asJsonObject()).peek(span ->
                assertEquals(span.getString("text"), text.substring(span.getInt("start"), span.getInt("end")))).map(s -> s.getString("kind")).toList();
        assertTrue(kinds.contains("phone") && kinds.contains("name"), kinds.toString());
        var first = moderator.get("api/moderation/queue").items().getJsonObject(0);
        assertEquals(id, first.getJsonNumber("id").longValue(), "safeguarding stories come first");

        var suggested = analysis.getJsonArray("themes").stream().map(v -> v.asJsonObject().getString("code")).toList();
        var published = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + view.json().getJsonNumber("version") + ",\"title\":\"Left alone\",\"text\":\"My father was left alone.\","
                + "\"criticality\":5,\"themes\":[{\"code\":\"general.safety\",\"polarity\":\"IMPROVE\"}]}");
        assertEquals(200, published.status(), published.body());
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                "select code, action from theme_correction where story_id = " + id)) {
            var corrections = new java.util.HashMap<String, String>();
            while (rows.next()) {
                corrections.put(rows.getString(1), rows.getString(2));
            }
            suggested.stream().filter(code -> !code.equals("general.safety"))
                    .forEach(code -> assertEquals("REMOVED", corrections.get(code), corrections.toString()));
            if (!suggested.contains("general.safety")) {
                assertEquals("ADDED", corrections.get("general.safety"), corrections.toString());
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void retrainsFromCorrectionsAndKeepsBothScores() {
        var moderator = demo("moderator");
        for (int i = 0; i < 6; i++) {
            var reply = new Api(base).post("api/stories", "{\"serviceIds\":[" + emergencyDepartment() + "],\"relation\":\"CARER\","
                    + "\"happened\":\"2026-08\",\"title\":\"Parking " + i + "\",\"story\":\"There was nowhere to park and the car park "
                    + "charges were far too high. We drove around for forty minutes.\"}");
            long id = reply.json().getJsonNumber("id").longValue();
            var view = eventually(() -> moderator.get("api/moderation/stories/" + id),
                    r -> r.json().containsKey("analysis") && !r.json().isNull("analysis"), 240);
            var decided = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                    + view.json().getJsonNumber("version") + ",\"title\":\"Parking\",\"text\":\"There was nowhere to park"
                    + " and the charges were far too high.\",\"criticality\":2,\"themes\":[{\"code\":\"travel.parking\","
                    + "\"polarity\":\"IMPROVE\"},{\"code\":\"travel.transport\",\"polarity\":\"IMPROVE\"}]}");
            assertEquals(200, decided.status(), decided.body());
        }
        assertProblem(moderator.post("api/admin/models/retrain", ""), 403);
        var admin = demo("admin");
        var started = admin.post("api/admin/models/retrain", "");
        assertEquals(202, started.status(), started.body());
        assertEquals("RUNNING", started.json().getString("status"), started.body());
        long run = started.json().getJsonNumber("id").longValue();
        var again = admin.post("api/admin/models/retrain", "");
        assertTrue(again.status() == 409 || again.status() == 202, again.body());
        var done = eventually(() -> admin.get("api/admin/models"), r -> r.body().contains("\"id\":" + run + ",")
                && runOf(r, run).map(m -> !"RUNNING".equals(m.getString("status"))).orElse(false), 300);
        var result = runOf(done, run).orElseThrow();
        String status = result.getString("status");
        assertTrue(List.of("ACTIVATED", "KEPT").contains(status), result.toString());
        double active = result.getJsonNumber("activeF1").doubleValue();
        double candidate = result.getJsonNumber("candidateF1").doubleValue();
        assertEquals(candidate > active, status.equals("ACTIVATED"), result.toString());
        assertTrue(result.getInt("heldOut") >= 1 && result.getInt("corrections") >= 4, result.toString());
    }

    private static java.util.Optional<jakarta.json.JsonObject> runOf(Reply models, long run) {
        return models.array().stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("id").longValue() == run).findFirst();
    }

    @Test
    void letsOnlyOneOfTwoModeratorsDecide() {
        var received = tell(new Api(base), "Two moderators");
        long id = received.getJsonNumber("id").longValue();
        var first = demo("moderator");
        var second = demo("moderator");
        long version = first.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        String publish = "{\"action\":\"PUBLISH\",\"version\":" + version + ",\"title\":\"T\",\"text\":\"Text\",\"criticality\":1}";
        assertEquals(200, first.post("api/moderation/stories/" + id + "/decision", publish).status());
        assertProblem(second.post("api/moderation/stories/" + id + "/decision",
                "{\"action\":\"REJECT\",\"version\":" + version + ",\"reason\":\"late\"}"), 409);
    }

    /**
     * A real deadlock: this test's own transaction holds the story row and a lot of work, the
     * reader's "me too" holds its new reaction row and waits for the story; the test then reaches
     * for the reaction, and InnoDB rolls back the lighter transaction, the request's. The reader
     * still hears 200, counted once, because the request runs again.
     */
    @Test
    void countsAReactionWhoseTransactionLostADeadlock() throws Exception {
        long id = tell(new Api(base), "Deadlock").getJsonNumber("id").longValue();
        publish(id, 1);
        var reader = new Api(base);
        java.util.concurrent.CompletableFuture<Reply> meToo;
        try (var db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            try (var heavy = db.prepareStatement("insert into reaction (subject_kind, subject_id, client_hash, created_at)"
                    + " values ('TEST', ?, ?, current_timestamp)")) {
                for (int i = 0; i < 200; i++) {
                    heavy.setLong(1, id);
                    heavy.setString(2, "%064d".formatted(i));
                    heavy.addBatch();
                }
                heavy.executeBatch();
            }
            db.createStatement().executeUpdate("update story set me_too = me_too where id = " + id);
            meToo = java.util.concurrent.CompletableFuture.supplyAsync(() -> reader.post("api/stories/" + id + "/me-too", ""));
            awaitLockWait(db);
            try (var rows = db.createStatement().executeQuery("select count(*) from reaction where subject_kind = 'STORY'"
                    + " and subject_id = " + id + " for update")) {
                assertTrue(rows.next());
                assertEquals(0, rows.getInt(1), "the request was the deadlock's victim and rolled back");
            }
            db.rollback();
        }
        var answer = meToo.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.json().getBoolean("counted"));
        assertEquals(1, new Api(base).get("api/stories/" + id).json().getInt("meToo"));
    }

    /** Waits until some transaction waits for a lock (the request, for the story row this test holds). */
    static void awaitLockWait(java.sql.Connection db) throws Exception {
        for (int i = 0; i < 300; i++) {
            try (var rows = db.createStatement().executeQuery(
                    "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the request never waited for the story row");
    }

    @Test
    void tellsTheStorytellerWhyTheirStoryWasRejected() {
        var storyteller = new Api(base);
        var received = tell(storyteller, "To be rejected");
        long id = received.getJsonNumber("id").longValue();
        var moderator = demo("moderator");
        long version = moderator.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        assertProblem(moderator.post("api/moderation/stories/" + id + "/decision",
                "{\"action\":\"REJECT\",\"version\":" + version + "}"), 400);
        assertEquals(200, moderator.post("api/moderation/stories/" + id + "/decision",
                "{\"action\":\"REJECT\",\"version\":" + version + ",\"reason\":\"It names a patient.\"}").status());
        var follow = storyteller.get("api/follow/" + received.getString("followToken")).json();
        assertEquals("REJECTED", follow.getString("status"));
        assertEquals("It names a patient.", follow.getString("rejectionReason"));
    }

    @Test
    void letsOnlyRespondersOfRoutedOrganisationsRespond() {
        var received = tell(new Api(base), "Who may respond");
        long id = received.getJsonNumber("id").longValue();
        String body = "{\"text\":\"An answer\"}";
        assertProblem(demo("responder").post("api/stories/" + id + "/responses", body), 404);
        publish(id, 2);
        assertProblem(new Api(base).post("api/stories/" + id + "/responses", body), 401);
        for (String role : List.of("admin", "moderator", "quality")) {
            assertProblem(demo(role).post("api/stories/" + id + "/responses", body), 403);
        }
        var freiburg = new Api(base).get("api/organisations?size=100").items().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Klinikum Freiburg-Dreisam")).findFirst().orElseThrow();
        String email = "other-" + UUID.randomUUID() + "@example.org";
        assertEquals(201, demo("admin").post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Other\","
                + "\"role\":\"RESPONDER\",\"organisationIds\":[" + freiburg.getJsonNumber("id") + "],"
                + "\"password\":\"a long enough password\"}").status());
        assertProblem(as(email, "a long enough password").post("api/stories/" + id + "/responses", body), 403);
        assertEquals(201, demo("responder").post("api/stories/" + id + "/responses", body).status());
    }

    @Test
    void routesToTheParentsAndToOrganisationsWhoseRulesTakeTheStory() throws Exception {
        var organisations = new Api(base).get("api/organisations?size=100").items().stream().map(v -> v.asJsonObject()).toList();
        long trust = organisations.stream().filter(o -> o.getString("name").equals("Aire Valley NHS Foundation Trust"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        long care = organisations.stream().filter(o -> o.getString("name").equals("Leeds Care Partnership"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        long freiburg = organisations.stream().filter(o -> o.getString("name").equals("Klinikum Freiburg-Dreisam"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        var admin = demo("admin");
        assertProblem(demo("moderator").post("api/routing-rules", "{\"organisationId\":" + care + "}"), 403);
        assertEquals(List.of("category"), admin.post("api/routing-rules", "{\"organisationId\":" + care
                + ",\"category\":\"SPACE\"}").violatedFields());
        var near = admin.post("api/routing-rules", "{\"organisationId\":" + care + ",\"category\":\"HEALTH\","
                + "\"latitude\":53.80,\"longitude\":-1.55,\"radiusKm\":25}");
        var far = admin.post("api/routing-rules", "{\"organisationId\":" + freiburg + ",\"category\":\"HEALTH\","
                + "\"latitude\":47.99,\"longitude\":7.84,\"radiusKm\":25}");
        assertEquals(201, near.status(), near.body());
        assertEquals(201, far.status(), far.body());
        String careResponder = "care-" + UUID.randomUUID() + "@example.org";
        assertEquals(201, admin.post("api/accounts", "{\"email\":\"" + careResponder + "\",\"displayName\":\"Care\","
                + "\"role\":\"RESPONDER\",\"organisationIds\":[" + care + "],\"password\":\"a long enough password\"}").status());
        try {
            var received = tell(new Api(base), "Routed by rule");
            long id = received.getJsonNumber("id").longValue();
            publish(id, 1);
            var routed = new java.util.HashSet<Long>();
            try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                    "select organisation_id from story_route where story_id = " + id)) {
                while (rows.next()) {
                    routed.add(rows.getLong(1));
                }
            }
            assertTrue(routed.contains(trust), "the service's parent organisation: " + routed);
            assertTrue(routed.contains(care), "a HEALTH rule around Leeds: " + routed);
            assertFalse(routed.contains(freiburg), "a HEALTH rule around Freiburg does not reach Leeds: " + routed);
            var inbox = eventually(() -> as(careResponder, "a long enough password").get("api/inbox"),
                    r -> r.json().getInt("total") > 0);
            assertEquals(id, inbox.items().getJsonObject(0).getJsonNumber("storyId").longValue(),
                    "the responders of an organisation a rule brought in are told");
        } finally {
            admin.delete("api/routing-rules/" + near.json().getJsonNumber("id"));
            admin.delete("api/routing-rules/" + far.json().getJsonNumber("id"));
        }
    }

    @Test
    void escalatesAnOverdueStoryToTheQualityManagers() {
        var received = tell(new Api(base), "Overdue story");
        long id = received.getJsonNumber("id").longValue();
        publish(id, 4);
        var quality = demo("quality");
        var inbox = eventually(() -> quality.get("api/inbox?size=100"),
                r -> r.items().stream().anyMatch(i -> i.asJsonObject().getJsonNumber("storyId").longValue() == id
                        && i.asJsonObject().getString("kind").equals("OVERDUE")));
        var item = inbox.items().stream().map(v -> v.asJsonObject())
                .filter(i -> i.getJsonNumber("storyId").longValue() == id).findFirst().orElseThrow();
        assertTrue(item.getBoolean("overdue"));
    }

    @Test
    void withdrawingErasesThePersonalData() throws Exception {
        var storyteller = new Api(base);
        var received = tell(storyteller, "Withdraw me");
        long id = received.getJsonNumber("id").longValue();
        publish(id, 1);
        String follow = "api/follow/" + received.getString("followToken");
        assertEquals(204, storyteller.delete(follow).status());
        assertEquals("WITHDRAWN", storyteller.get(follow).json().getString("status"));
        assertEquals(404, new Api(base).get("api/stories/" + id).status());
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                "select body, email, prompt_improve, published_body from story where id = " + id)) {
            assertTrue(rows.next());
            for (int column = 1; column <= 4; column++) {
                assertNull(rows.getString(column));
            }
        }
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                "select action, text_before, text_after from moderation_decision where story_id = " + id + " order by id")) {
            assertTrue(rows.next());
            assertEquals("PUBLISH", rows.getString(1));
            assertNull(rows.getString(2));
            assertNull(rows.getString(3));
            assertTrue(rows.next());
            assertEquals("WITHDRAWN", rows.getString(1));
        }
    }

    private void publish(long id, int criticality) {
        var moderator = demo("moderator");
        long version = moderator.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        var reply = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":" + version
                + ",\"title\":\"Published " + id + "\",\"text\":\"Moderated text\",\"criticality\":" + criticality + "}");
        assertEquals(200, reply.status(), reply.body());
    }

    static Reply eventually(Supplier<Reply> request, java.util.function.Predicate<Reply> done) {
        return eventually(request, done, 30);
    }

    static Reply eventually(Supplier<Reply> request, java.util.function.Predicate<Reply> done, int seconds) {
        Reply last = null;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                last = request.get();
                if (last.status() == 200 && done.test(last)) {
                    return last;
                }
            } catch (IllegalStateException slow) {
                // a request timed out on a busy machine: ask again
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("not reached within " + seconds + " s: " + last);
    }
}
