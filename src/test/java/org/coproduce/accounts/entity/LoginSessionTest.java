package org.coproduce.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginSessionTest {

    static final Instant LOGIN = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void endsAfterAnHourWithoutUse() {
        var session = new LoginSession("h", 1, "csrf", LOGIN);
        assertTrue(session.activeAt(LOGIN.plus(Duration.ofMinutes(59))));
        assertFalse(session.activeAt(LOGIN.plus(Duration.ofMinutes(61))));
    }

    @Test
    void useKeepsItAliveButNotLongerThanTwelveHours() {
        var session = new LoginSession("h", 1, "csrf", LOGIN);
        Instant t = LOGIN;
        for (int i = 0; i < 25; i++) {
            t = t.plus(Duration.ofMinutes(30));
            session.usedAt(t);
        }
        assertTrue(session.activeAt(LOGIN.plus(Duration.ofHours(11))));
        assertFalse(session.activeAt(LOGIN.plus(Duration.ofHours(12))));
    }
}
