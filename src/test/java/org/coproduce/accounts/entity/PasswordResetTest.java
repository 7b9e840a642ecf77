package org.coproduce.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordResetTest {

    static final Instant ASKED = Instant.parse("2026-12-04T13:00:00Z");

    @Test
    void worksOnceUntilItExpires() {
        var reset = new PasswordReset(7L, "en", ASKED, Duration.ofMinutes(30));
        assertFalse(reset.usableAt(ASKED), "no link until the e-mail is written");
        reset.issue("hash");
        assertTrue(reset.usableAt(ASKED.plusSeconds(29 * 60)));
        assertFalse(reset.usableAt(ASKED.plusSeconds(30 * 60)), "expired");
        reset.use(ASKED.plusSeconds(60));
        assertFalse(reset.usableAt(ASKED.plusSeconds(61)), "used");
        assertThrows(IllegalStateException.class, () -> reset.use(ASKED.plusSeconds(62)));
    }

    @Test
    void anUnknownAddressNeverGetsAUsableLink() {
        var reset = new PasswordReset(null, "de", ASKED, Duration.ofMinutes(30));
        reset.issue("hash");
        assertFalse(reset.usableAt(ASKED));
    }
}
