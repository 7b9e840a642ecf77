package org.coproduce.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecurityEventTest {

    @Test
    void keepsShortFixedDetailsAsTheyAre() {
        assertEquals("PUT accounts/{id}", SecurityEvent.clean("PUT accounts/{id}"));
        assertNull(SecurityEvent.clean("  "));
    }

    @Test
    void cutsOutEmailAddressesAndTokenLikeRuns() {
        String cleaned = SecurityEvent.clean("reset for anna@example.org with 3q2-7dfJ0k_a9ZsT1xYw8LmN4pQrStUv");
        assertFalse(cleaned.contains("anna"), cleaned);
        assertFalse(cleaned.contains("3q2-7dfJ0k"), cleaned);
        assertEquals("reset for [e-mail] with [token]", cleaned);
    }

    @Test
    void cutsLongDetailsToTheColumn() {
        String cleaned = SecurityEvent.clean("word ".repeat(100));
        assertEquals(SecurityEvent.DETAIL_LENGTH, cleaned.length());
        assertTrue(cleaned.endsWith("…"));
    }

    @Test
    void parsesKindsWhateverTheirCase() {
        assertEquals(SecurityEvent.Kind.LOGIN_FAILED, SecurityEvent.Kind.parse(" login_failed").orElseThrow());
        assertTrue(SecurityEvent.Kind.parse("DROP TABLE").isEmpty());
        assertEquals("LOGIN", new SecurityEvent(Instant.EPOCH, SecurityEvent.Kind.LOGIN, 1L, 1L, null, null).kind());
    }
}
