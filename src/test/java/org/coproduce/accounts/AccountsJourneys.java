package org.coproduce.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Sessions in a strict HttpOnly cookie with a CSRF token, hashed passwords, failed logins slowed down, not locked. */
public interface AccountsJourneys extends Journeys {

    @Test
    default void refusesChangesWithoutTheCsrfToken() {
        var admin = as("admin@demo.example", DEMO_PASSWORD);
        admin.forgetCsrfToken();
        var reply = admin.post("api/organisations", "{\"name\":\"CSRF\",\"country\":\"GB\"}");
        assertEquals(403, reply.status());
        assertTrue(reply.json().getString("detail").contains("X-CSRF-Token"));
    }

    @Test
    default void logsInWithAStrictHttpOnlyCookieAndLogsOut() {
        var api = anonymous();
        var login = api.logIn("moderator@demo.example", DEMO_PASSWORD);
        String cookie = login.cookies().stream().filter(c -> c.startsWith("COPRODUCE_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertNotNull(login.json().getString("csrfToken"));
        assertEquals("MODERATOR", api.get("api/session").json().getString("role"));
        assertEquals(204, api.delete("api/session").status());
        assertEquals(401, api.get("api/session").status());
    }

    @Test
    default void storesPasswordsAsPbkdf2WithSixHundredThousandIterations() throws Exception {
        try (var db = TestDatabase.connect();
                var rows = db.createStatement().executeQuery("select password_hash from account")) {
            while (rows.next()) {
                assertTrue(rows.getString(1).startsWith("PBKDF2WithHmacSHA256:600000:"), rows.getString(1));
            }
        }
    }

    @Test
    default void slowsFailedLoginsDownInsteadOfLockingTheAccount() {
        var admin = demo("admin");
        String email = "slowed-" + UUID.randomUUID() + "@example.org";
        assertEquals(201, admin.post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Lou\","
                + "\"role\":\"MODERATOR\",\"password\":\"correct horse battery\"}").status());
        var guesser = anonymous();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, guesser.logIn(email, "wrong password " + i).status(), "five free attempts");
        }
        var slowed = guesser.logIn(email, "wrong password 5");
        for (int i = 6; slowed.status() == 401 && i < 12; i++) {
            slowed = guesser.logIn(email, "wrong password " + i);
        }
        assertEquals(429, slowed.status(), "failures make the next attempts wait: " + slowed);
        assertEquals("application/problem+json", slowed.contentType());
        assertTrue(Integer.parseInt(slowed.header("Retry-After")) >= 1);
        assertEquals(200, anonymous().logIn(email, "correct horse battery").status(), "not locked: the owner gets in");
    }
}
