package org.coproduce.stories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HoldRuleTest {

    final HoldRule rule = new HoldRule(4, Duration.ofHours(48));

    @Test
    void holdsCriticalOrSafeguardingStories() {
        assertTrue(rule.holds(4, false, null));
        assertTrue(rule.holds(5, false, null));
        assertTrue(rule.holds(0, true, null), "safeguarding at any criticality");
        assertFalse(rule.holds(3, false, null));
    }

    @Test
    void theModeratorsChoiceWins() {
        assertFalse(rule.holds(5, true, false));
        assertTrue(rule.holds(0, false, true));
    }

    @Test
    void holdsForThePeriod() {
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), rule.until(Instant.parse("2026-12-01T10:00:00Z")));
    }

    @Test
    void byDefaultFortyEightHoursFromCriticalityFour() {
        var defaults = HoldRule.fromSettings();
        assertEquals(4, defaults.criticality());
        assertEquals(Duration.ofHours(48), defaults.period());
    }
}
