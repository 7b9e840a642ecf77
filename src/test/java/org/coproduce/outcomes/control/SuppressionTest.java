package org.coproduce.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coproduce.outcomes.entity.Figure;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void withholdsPublicCountsUnderFive() {
        for (long n = 0; n < 5; n++) {
            Figure f = Suppression.PUBLIC.count(n);
            assertNull(f.value(), "count " + n);
            assertTrue(f.suppressed());
            assertEquals("fewer than 5", f.text());
        }
        assertEquals(5L, Suppression.PUBLIC.count(5).value());
        assertFalse(Suppression.PUBLIC.count(5).suppressed());
    }

    @Test
    void showsEveryCountToStaff() {
        assertEquals(1L, Suppression.NONE.count(1).value());
        assertFalse(Suppression.NONE.count(0).suppressed());
    }

    @Test
    void withholdsAShareWhenEitherSideIsSmall() {
        assertTrue(Suppression.PUBLIC.share(4, 100).suppressed(), "4 of 100 would name 4 storytellers");
        assertTrue(Suppression.PUBLIC.share(3, 4).suppressed());
        assertEquals(0.5, Suppression.PUBLIC.share(5, 10).value());
        assertEquals(0.333, Suppression.NONE.share(1, 3).value());
        assertNull(Suppression.NONE.share(0, 0).value());
        assertFalse(Suppression.NONE.share(0, 0).suppressed());
    }

    @Test
    void withholdsATimeAnsweredForFewerThanFive() {
        assertTrue(Suppression.PUBLIC.basedOn(2.0, 4).suppressed());
        assertEquals(2.5, Suppression.PUBLIC.basedOn(2.46, 5).value());
    }
}
