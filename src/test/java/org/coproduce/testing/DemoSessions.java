package org.coproduce.testing;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The logged-in clients of the demo accounts, one per account and app, kept for the journeys that
 * follow: a login verifies a PBKDF2 hash of 600,000 iterations (about a second of a busy core), and
 * the journeys ask for a demo account hundreds of times. A kept session is used only while the app
 * still knows it (an account change or a logout ends it) and it still has its CSRF token; otherwise
 * the account logs in again. A journey that needs a session of its own (two admins at once, a
 * client without its token) logs in with {@link Journeys#as}.
 */
public final class DemoSessions {

    private static final Map<String, Api> KEPT = new ConcurrentHashMap<>();

    private DemoSessions() {
    }

    public static Api of(URL base, String who, Supplier<Api> logIn) {
        String key = base + " " + who;
        Api kept = KEPT.get(key);
        if (kept != null && stillLoggedIn(kept)) {
            return kept;
        }
        Api fresh = logIn.get();
        KEPT.put(key, fresh);
        return fresh;
    }

    private static boolean stillLoggedIn(Api api) {
        try {
            return api.hasCsrfToken() && api.get("api/session").status() == 200;
        } catch (IllegalStateException timedOut) {
            return false;
        }
    }
}
