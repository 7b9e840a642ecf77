package org.coproduce.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.accounts.control.Base32;
import org.coproduce.accounts.control.Totp;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The second factor (TOTP) through the API. The ITs run with COPRODUCE_SECOND_FACTOR_ROLES=QUALITY_MANAGER
 * (demo accounts are exempt in demo mode), so a new quality manager needs one and a new responder may have one.
 */
public interface SecondFactorJourneys extends Journeys {

    String PASSWORD = "a long enough password";

    @Test
    default void aRoleThatNeedsASecondFactorMaySetItUpAndNothingElseUntilThen() throws Exception {
        String email = newStaff("QUALITY_MANAGER");
        var quality = anonymous();
        var login = quality.logIn(email, PASSWORD);
        assertEquals(200, login.status(), login.body());
        assertEquals("enrol", login.json().getString("secondFactor"));
        var refused = quality.get("api/inbox");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("second factor"), refused.body());
        assertEquals(403, quality.put("api/subscriptions/1", "{\"minCriticality\":0}").status(), "no staff change either");
        assertEquals("enrol", quality.get("api/session").json().getString("secondFactor"));
        assertTrue(quality.get("api/account/second-factor").json().getBoolean("required"));

        byte[] secret = enrol(quality).secret();
        assertFalse(quality.get("api/session").json().containsKey("secondFactor"), "the login may now do everything");
        assertEquals(200, quality.get("api/inbox").status());
        var off = quality.post("api/account/second-factor/disable",
                "{\"password\":\"" + PASSWORD + "\",\"code\":\"" + Totp.code(secret, Instant.now().plusSeconds(30)) + "\"}");
        assertEquals(403, off.status(), "the role needs it: " + off.body());

        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                "select f.secret_sealed from second_factor f join account a on a.id = f.account_id where a.email = '" + email + "'")) {
            assertTrue(rows.next());
            String sealed = rows.getString(1);
            assertFalse(sealed.contains(Base32.encode(secret, false)) || sealed.contains(Base32.encode(secret, true)), "sealed, not in clear");
        }
    }

    @Test
    default void aLoginWithASecondFactorNeedsTheNextCodeOrARecoveryCodeOnce() {
        String email = newStaff("QUALITY_MANAGER");
        var first = anonymous();
        first.logIn(email, PASSWORD);
        var enrolled = enrol(first);
        byte[] secret = enrolled.secret();
        List<String> recovery = enrolled.recoveryCodes();

        var someone = anonymous();
        var step1 = someone.logIn(email, PASSWORD);
        assertEquals(202, step1.status(), step1.body());
        assertEquals("totp", step1.json().getString("secondFactor"));
        assertFalse(step1.cookies().stream().anyMatch(c -> c.startsWith("COPRODUCE_SESSION=") && !c.startsWith("COPRODUCE_SESSION=;")),
                "no session before the code");
        assertTrue(step1.cookies().stream().anyMatch(c -> c.startsWith("COPRODUCE_PENDING_LOGIN=") && c.contains("HttpOnly")),
                step1.cookies().toString());
        assertEquals(401, someone.get("api/session").status(), "the pending login is not a session");
        assertEquals(401, anonymous().secondFactor("{\"code\":\"123456\"}").status(), "no password, no second step");

        var replayed = someone.secondFactor("{\"code\":\"" + enrolled.code() + "\"}");
        assertEquals(400, replayed.status(), "a used code is refused: " + replayed.body());
        assertEquals(List.of("code"), replayed.violatedFields());
        var done = someone.secondFactor("{\"code\":\"" + Totp.code(secret, Instant.now().plusSeconds(30)) + "\"}");
        assertEquals(200, done.status(), done.body());
        assertEquals(200, someone.get("api/inbox").status());

        var withRecovery = anonymous();
        assertEquals(202, withRecovery.logIn(email, PASSWORD).status());
        assertEquals(200, withRecovery.secondFactor("{\"recoveryCode\":\"" + recovery.get(3).toUpperCase() + "\"}").status());
        var again = anonymous();
        assertEquals(202, again.logIn(email, PASSWORD).status());
        var spent = again.secondFactor("{\"recoveryCode\":\"" + recovery.get(3) + "\"}");
        assertEquals(400, spent.status(), "each recovery code works once: " + spent.body());
        assertEquals(List.of("recoveryCode"), spent.violatedFields());
        assertEquals(9, withRecovery.get("api/account/second-factor").json().getInt("recoveryCodesLeft"));
    }

    @Test
    default void wrongCodesMakeTheNextWaitAndAnOptionalSecondFactorCanBeTurnedOff() {
        String email = newStaff("RESPONDER");
        var responder = anonymous();
        var login = responder.logIn(email, PASSWORD);
        assertFalse(login.json().containsKey("secondFactor"), "a responder does not need one");
        assertFalse(responder.get("api/account/second-factor").json().getBoolean("required"));
        byte[] secret = enrol(responder).secret();

        String body = "{\"password\":\"not the password\",\"code\":\"" + Totp.code(secret, Instant.now().plusSeconds(30)) + "\"}";
        assertEquals(List.of("password"), responder.post("api/account/second-factor/disable", body).violatedFields());
        var off = responder.post("api/account/second-factor/disable",
                "{\"password\":\"" + PASSWORD + "\",\"code\":\"" + Totp.code(secret, Instant.now().plusSeconds(30)) + "\"}");
        assertEquals(204, off.status(), off.body());
        assertEquals(200, anonymous().logIn(email, PASSWORD).status(), "off: the password alone logs in");

        secret = enrol(responder).secret();
        var guesser = anonymous();
        assertEquals(202, guesser.logIn(email, PASSWORD).status());
        String wrong = wrongCode(secret);
        var reply = guesser.secondFactor("{\"code\":\"" + wrong + "\"}");
        for (int i = 1; reply.status() == 400 && i < 10; i++) {
            reply = guesser.secondFactor("{\"code\":\"" + wrong + "\"}");
        }
        assertEquals(429, reply.status(), "wrong codes slow the next down: " + reply.body());
        assertTrue(Integer.parseInt(reply.header("Retry-After")) >= 1);
    }

    @Test
    default void demoAccountsAreExemptAndMayNotSetOneUp() {
        assertEquals(401, anonymous().get("api/account/second-factor").status());
        assertEquals(401, anonymous().post("api/account/second-factor", "").status());
        var admin = demo("admin");
        var state = admin.get("api/account/second-factor").json();
        assertFalse(state.getBoolean("required") || state.getBoolean("enrolled"), state.toString());
        assertEquals(403, demo("moderator").post("api/account/second-factor", "").status(), "a shared demo account");
    }

    /** What setting up a second factor gave: the secret, the code that confirmed it and the recovery codes. */
    record Enrolled(byte[] secret, String code, List<String> recoveryCodes) {
    }

    /** Sets up a second factor with the logged-in client, a wrong code refused first. */
    private Enrolled enrol(Api staff) {
        var started = staff.post("api/account/second-factor", "");
        assertEquals(200, started.status(), started.body());
        String uri = started.json().getString("otpauthUri");
        assertTrue(uri.startsWith("otpauth://totp/Coproduce:") && uri.contains("secret=" + started.json().getString("secret")), uri);
        byte[] secret = Base32.decode(started.json().getString("secret"));
        var wrong = staff.post("api/account/second-factor/confirm", "{\"code\":\"" + wrongCode(secret) + "\"}");
        assertEquals(List.of("code"), wrong.violatedFields(), wrong.body());
        String code = Totp.code(secret, Instant.now());
        var confirmed = staff.post("api/account/second-factor/confirm", "{\"code\":\"" + code + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        var codes = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString::getString);
        assertEquals(10, codes.size());
        assertEquals(10, codes.stream().distinct().count());
        return new Enrolled(secret, code, codes);
    }

    /** A 6-digit code that is none of the right ones around now. */
    private static String wrongCode(byte[] secret) {
        var right = new java.util.HashSet<String>();
        for (int s = -2; s <= 2; s++) {
            right.add(Totp.code(secret, Instant.now().plusSeconds(30L * s)));
        }
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!right.contains(candidate)) {
                return candidate;
            }
        }
    }

    private String newStaff(String role) {
        String email = "second-" + role.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        var created = demo("admin").post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Sam Second\","
                + "\"role\":\"" + role + "\",\"platformWide\":true,\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created.body());
        return email;
    }
}
