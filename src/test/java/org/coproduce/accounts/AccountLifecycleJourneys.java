package org.coproduce.accounts;

import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestDatabase;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Accounts over their life: disabled and enabled by an admin, passwords changed by their owner or
 * reset through an e-mailed one-time link, logins ended by every change that matters, the
 * {@code __Host-} cookie over https, and no alerts for staff who left the organisation.
 */
public interface AccountLifecycleJourneys extends Journeys {

    String PASSWORD = "lifecycle journey password";

    /** A new account of the role (no organisation), returning its e-mail address and id. */
    default Created newAccount(String role) {
        String email = "life-" + UUID.randomUUID() + "@example.org";
        var reply = demo("admin").post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Life\",\"role\":\"" + role
                + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return new Created(email, reply.json().getJsonNumber("id").longValue());
    }

    record Created(String email, long id) {
    }

    @Test
    default void disablingEndsTheLoginAtOnceAndEnablingLetsTheAccountBackIn() {
        var admin = demo("admin");
        var moderator = newAccount("MODERATOR");
        var session = as(moderator.email(), PASSWORD);
        assertEquals(200, session.get("api/moderation/queue").status());

        var disabled = admin.post("api/accounts/" + moderator.id() + "/disable", "");
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().isNull("disabledAt"));
        assertProblem(session.get("api/moderation/queue"), 401);
        assertProblem(anonymous().logIn(moderator.email(), "not the password at all"), 401);
        var refused = anonymous().logIn(moderator.email(), PASSWORD);
        assertProblem(refused, 403);
        assertTrue(refused.json().getString("detail").contains("disabled"), "said only after the right password: " + refused);

        long adminId = admin.get("api/session").json().getJsonNumber("accountId").longValue();
        assertProblem(admin.post("api/accounts/" + adminId + "/disable", ""), 409);
        assertProblem(session.post("api/accounts/" + moderator.id() + "/enable", ""), 401);
        assertProblem(demo("moderator").post("api/accounts/" + moderator.id() + "/enable", ""), 403);

        assertEquals(200, admin.post("api/accounts/" + moderator.id() + "/enable", "").status());
        assertEquals(200, anonymous().logIn(moderator.email(), PASSWORD).status());
    }

    @Test
    default void changingOnesPasswordEndsTheOtherLoginsAndRefusesACommonOne() {
        var account = newAccount("RESPONDER");
        var here = as(account.email(), PASSWORD);
        var elsewhere = as(account.email(), PASSWORD);
        assertEquals(List.of("currentPassword"), here.post("api/account/password",
                "{\"currentPassword\":\"wrong wrong wrong\",\"newPassword\":\"Tuesday kettles sing 7\"}").violatedFields());
        assertEquals(List.of("newPassword"), here.post("api/account/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Password123456\"}").violatedFields());
        assertEquals(200, elsewhere.get("api/session").status(), "refused changes end nothing");

        assertEquals(204, here.post("api/account/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Tuesday kettles sing 7\"}").status());
        assertEquals(200, here.get("api/session").status(), "the login that changed it stays");
        assertProblem(elsewhere.get("api/session"), 401);
        assertProblem(anonymous().logIn(account.email(), PASSWORD), 401);
        assertEquals(200, anonymous().logIn(account.email(), "Tuesday kettles sing 7").status());
        assertProblem(anonymous().post("api/account/password", "{\"currentPassword\":\"x\",\"newPassword\":\"y\"}"), 401);
    }

    @Test
    default void aRoleChangeByAnAdminEndsTheAccountsLogins() {
        var account = newAccount("MODERATOR");
        var session = as(account.email(), PASSWORD);
        var changed = demo("admin").put("api/accounts/" + account.id(), "{\"email\":\"" + account.email()
                + "\",\"displayName\":\"Life\",\"role\":\"QUALITY_MANAGER\"}");
        assertEquals(200, changed.status(), changed.body());
        assertProblem(session.get("api/session"), 401);
        assertEquals("QUALITY_MANAGER", as(account.email(), PASSWORD).get("api/session").json().getString("role"));
    }

    @Test
    default void aResetLinkIsMailedWorksOnceAndNotAfterItExpires() throws Exception {
        var account = newAccount("RESPONDER");
        var before = as(account.email(), PASSWORD);
        String token = resetLink(account.email(), "en");
        assertEquals(List.of("newPassword"), anonymous().post("api/password-resets/use",
                "{\"token\":\"" + token + "\",\"newPassword\":\"qwertyuiop123\"}").violatedFields(), "a common password");
        assertEquals(204, anonymous().post("api/password-resets/use",
                "{\"token\":\"" + token + "\",\"newPassword\":\"Marmalade at noon 42\"}").status());
        assertProblem(before.get("api/session"), 401);
        assertEquals(List.of("token"), anonymous().post("api/password-resets/use",
                "{\"token\":\"" + token + "\",\"newPassword\":\"Another fine morning 9\"}").violatedFields(), "used once");
        assertEquals(200, anonymous().logIn(account.email(), "Marmalade at noon 42").status());

        var late = newAccount("RESPONDER");
        String expired = resetLink(late.email(), "de");
        try (var db = TestDatabase.connect(); var expire = db.prepareStatement(
                "update password_reset set expires_at = timestampadd(MINUTE, -1, current_timestamp) where account_id = ?")) {
            expire.setLong(1, late.id());
            assertEquals(1, expire.executeUpdate());
        }
        assertEquals(List.of("token"), anonymous().post("api/password-resets/use",
                "{\"token\":\"" + expired + "\",\"newPassword\":\"Marmalade at noon 42\"}").violatedFields(), "expired");
        assertEquals(200, anonymous().logIn(late.email(), PASSWORD).status());
    }

    /** Asks for a reset link in the language and reads its token from the e-mail. */
    private String resetLink(String email, String language) throws Exception {
        var asked = anonymous().post("api/password-resets", "{\"email\":\"" + email + "\"}", "Accept-Language", language);
        assertEquals(202, asked.status(), asked.body());
        String subject = "de".equals(language) ? "Passwort" : "password";
        var mail = TestMail.awaitMessage(email, subject, Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no reset e-mail"));
        var link = Pattern.compile("/reset\\.html#([A-Za-z0-9_-]+)").matcher(mail.body());
        assertTrue(link.find(), mail.body());
        assertFalse(mail.body().contains(PASSWORD));
        return link.group(1);
    }

    @Test
    default void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
        var reply = anonymous().post("api/password-resets", "{\"email\":\"" + nobody + "\"}");
        assertEquals(202, reply.status(), reply.body());
        assertEquals("", reply.body());
        assertTrue(TestMail.awaitMessage(nobody, "", Duration.ofSeconds(3)).isEmpty());
    }

    @Test
    default void overHttpsTheSessionCookieIsHostPrefixed() {
        var reply = anonymous().post("api/session", "{\"email\":\"moderator@demo.example\",\"password\":\"" + DEMO_PASSWORD + "\"}",
                "X-Forwarded-Proto", "https");
        assertEquals(200, reply.status(), reply.body());
        String cookie = reply.cookies().stream().filter(c -> c.startsWith("__Host-COPRODUCE_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"), cookie);
    }

    @Test
    default void staffRemovedFromTheOrganisationGetNoMoreOfItsAlerts() throws Exception {
        long service = emergencyDepartment();
        long organisation = anonymous().get("api/services/" + service).json().getJsonNumber("organisationId").longValue();
        var admin = demo("admin");
        var stays = responderOf(admin, organisation);
        var leaves = responderOf(admin, organisation);
        for (var responder : List.of(stays, leaves)) {
            assertEquals(200, as(responder.email(), PASSWORD).put("api/subscriptions/" + service, "{\"minCriticality\":0}").status());
        }
        assertEquals(200, admin.put("api/accounts/" + leaves.id(), "{\"email\":\"" + leaves.email() + "\",\"displayName\":\"Leaves\","
                + "\"role\":\"RESPONDER\",\"organisationIds\":[]}").status());
        long id = told("Alerts after leaving");
        publish(id, 1);
        assertTrue(TestMail.awaitMessage(stays.email(), "Published " + id, Duration.ofSeconds(30)).isPresent(), "the one who stays is told");
        Thread.sleep(2_000);
        assertTrue(TestMail.subjectsTo(leaves.email()).stream().noneMatch(s -> s.contains("Published " + id)), "the one who left is not");
    }

    private Created responderOf(Api admin, long organisation) {
        String email = "life-" + UUID.randomUUID() + "@example.org";
        var reply = admin.post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Life\",\"role\":\"RESPONDER\","
                + "\"organisationIds\":[" + organisation + "],\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return new Created(email, reply.json().getJsonNumber("id").longValue());
    }
}
