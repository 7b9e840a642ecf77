package org.coproduce.participation.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void refusesTheActionOverTheLimitAndSaysWhenTheOldestCountedOneExpires() {
        var limit = new RateLimit(2);
        assertDoesNotThrow(() -> limit.check(List.of(NOW.minusSeconds(100)), NOW));
        var refused = assertThrows(TooManyContributions.class,
                () -> limit.check(List.of(NOW.minusSeconds(3000), NOW.minusSeconds(100)), NOW));
        assertEquals(429, refused.getResponse().getStatus());
        assertEquals("600", refused.getResponse().getHeaderString("Retry-After"), "the one of 50 minutes ago counts for 10 more");
    }
}
