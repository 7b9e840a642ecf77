package org.coproduce.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecondFactorTest {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void aTimeStepIsUsedOnlyOnce() {
        var factor = new SecondFactor(7, "sealed");
        factor.confirm(100, NOW);
        assertTrue(factor.confirmed());
        assertThrows(IllegalArgumentException.class, () -> factor.used(100));
        factor.used(101);
        assertEquals(101, factor.lastStep());
    }

    @Test
    void wrongCodesMakeTheNextWaitUntilARightOne() {
        var factor = new SecondFactor(7, "sealed");
        factor.wrongCode(NOW, n -> n < 2 ? Duration.ZERO : Duration.ofSeconds(n));
        assertEquals(Duration.ZERO, factor.waitAt(NOW));
        factor.wrongCode(NOW, n -> n < 2 ? Duration.ZERO : Duration.ofSeconds(n));
        assertEquals(Duration.ofSeconds(2), factor.waitAt(NOW));
        assertEquals(Duration.ZERO, factor.waitAt(NOW.plusSeconds(2)));
        factor.rightCode();
        assertEquals(0, factor.failedCodes());
        assertEquals(Duration.ZERO, factor.waitAt(NOW));
    }
}
