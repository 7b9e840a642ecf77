package org.coproduce.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void locksAfterFiveFailuresInARowForTheLockTime() {
        var account = new Account(" Someone@Example.ORG ", Role.MODERATOR, "hash");
        for (int i = 0; i < 4; i++) {
            account.loginFailed(NOW, Duration.ofMinutes(15));
        }
        assertFalse(account.lockedAt(NOW));
        account.loginFailed(NOW, Duration.ofMinutes(15));
        assertTrue(account.lockedAt(NOW.plusSeconds(60)));
        assertFalse(account.lockedAt(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        var account = new Account("a@example.org", Role.ADMIN, "hash");
        for (int i = 0; i < 4; i++) {
            account.loginFailed(NOW, Duration.ofMinutes(15));
        }
        account.loginSucceeded();
        account.loginFailed(NOW, Duration.ofMinutes(15));
        assertFalse(account.lockedAt(NOW));
    }

    @Test
    void normalisesTheEmailAddress() {
        assertEquals("someone@example.org", new Account(" Someone@Example.ORG ", Role.ADMIN, "h").email());
    }

    @Test
    void isDisabledUntilEnabledKeepingTheFirstTime() {
        var account = new Account("lou@example.org", Role.RESPONDER, "h");
        assertEquals(null, account.disabledAt());
        account.disable(java.time.Instant.parse("2026-12-04T13:00:00Z"));
        account.disable(java.time.Instant.parse("2026-12-04T14:00:00Z"));
        assertEquals(java.time.Instant.parse("2026-12-04T13:00:00Z"), account.disabledAt());
        org.junit.jupiter.api.Assertions.assertTrue(account.disabled());
        account.enable();
        org.junit.jupiter.api.Assertions.assertFalse(account.disabled());
    }
}
