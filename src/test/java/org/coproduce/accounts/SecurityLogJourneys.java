package org.coproduce.accounts;

import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.junit.jupiter.api.Test;

/** The security log: logins, failures, refusals and account changes, for admins only, without passwords. */
public interface SecurityLogJourneys extends Journeys {

    @Test
    default void recordsLoginsRefusalsAndChangesForAdminsWithoutPasswords() {
        var admin = demo("admin");
        String email = "logged-" + UUID.randomUUID() + "@example.org";
        String secret = "unguessable pass " + UUID.randomUUID();
        var created = admin.post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Logged\",\"role\":\"MODERATOR\","
                + "\"password\":\"" + secret + "\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        String wrong = "wrong guess " + UUID.randomUUID();
        assertEquals(401, anonymous().logIn(email, wrong).status());
        var moderator = as(email, secret);
        assertProblem(moderator.get("api/admin/security-events"), 403);
        assertProblem(moderator.get("api/accounts"), 403);
        assertProblem(anonymous().get("api/admin/security-events"), 401);

        var events = admin.get("api/admin/security-events?account=" + id + "&size=100");
        assertEquals(200, events.status(), events.body());
        var kinds = events.items().stream().map(e -> ((JsonObject) e).getString("kind")).toList();
        assertTrue(kinds.containsAll(List.of("ACCOUNT_CREATED", "LOGIN_FAILED", "LOGIN", "FORBIDDEN")), kinds.toString());
        assertFalse(events.body().contains(secret) || events.body().contains(wrong) || events.body().contains(email),
                "no password or e-mail address in the log: " + events.body());
        var forbidden = only(admin, "kind=FORBIDDEN&account=" + id);
        assertTrue(forbidden.stream().anyMatch(e -> e.getString("detail").equals("GET accounts")), forbidden.toString());
        assertTrue(forbidden.stream().allMatch(e -> e.getJsonNumber("actorAccountId").longValue() == id
                && e.getString("client").length() >= 40), "who, and from where as a keyed hash: " + forbidden);

        assertEquals(List.of("kind"), admin.get("api/admin/security-events?kind=NOPE").violatedFields());
        assertEquals(List.of("from"), admin.get("api/admin/security-events?from=yesterday").violatedFields());
        assertEquals(List.of("size"), admin.get("api/admin/security-events?size=101").violatedFields());
        assertTrue(only(admin, "account=" + id + "&to=2000-01-01").isEmpty());
    }

    private static List<JsonObject> only(Api admin, String query) {
        var reply = admin.get("api/admin/security-events?" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.items().stream().map(JsonObject.class::cast).toList();
    }
}
