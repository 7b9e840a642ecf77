package org.coproduce.routing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import org.coproduce.platform.Settings;
import org.coproduce.routing.entity.StoryRoute;
import org.junit.jupiter.api.Test;

/**
 * Answer-by dates: 20, 20, 15, 10, 5 or 2 days after publication for criticality 0 to 5 (the
 * default of COPRODUCE_RESPONSE_DAYS); a route without a response is overdue after that moment,
 * and escalates then (Escalation selects routes with due_at before now and no response).
 */
class DeadlinesTest {

    static final Instant PUBLISHED = Instant.parse("2026-09-01T10:00:00Z");

    static void assumeDefaultDays() {
        assumeTrue(Settings.get("COPRODUCE_RESPONSE_DAYS").isEmpty(), "runs with the default response days");
    }

    @Test
    void theMoreCriticalTheSoonerAnAnswerIsDue() {
        assumeDefaultDays();
        int[] days = {20, 20, 15, 10, 5, 2};
        for (int criticality = 0; criticality <= 5; criticality++) {
            assertEquals(PUBLISHED.plus(Duration.ofDays(days[criticality])), Deadlines.due(PUBLISHED, criticality),
                    "criticality " + criticality);
        }
    }

    @Test
    void anUnratedStoryHasTheLongestDeadlineAndCriticalityIsClamped() {
        assumeDefaultDays();
        assertEquals(PUBLISHED.plus(Duration.ofDays(20)), Deadlines.due(PUBLISHED, null));
        assertEquals(PUBLISHED.plus(Duration.ofDays(20)), Deadlines.due(PUBLISHED, -1));
        assertEquals(PUBLISHED.plus(Duration.ofDays(2)), Deadlines.due(PUBLISHED, 6));
        assertEquals(PUBLISHED.plus(Duration.ofDays(2)), Deadlines.due(PUBLISHED, Integer.MAX_VALUE));
    }

    @Test
    void readsSixNumbersForCriticalityZeroToFive() {
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0}, Deadlines.parse("0,0,0,0,0,0"));
        assertArrayEquals(new int[] {30, 20, 15, 10, 5, 1}, Deadlines.parse(" 30, 20,15 ,10,5,1"));
        assertThrows(IllegalArgumentException.class, () -> Deadlines.parse("20,20,15,10,5"));
        assertThrows(IllegalArgumentException.class, () -> Deadlines.parse("20,20,15,10,5,2,1"));
        assertThrows(NumberFormatException.class, () -> Deadlines.parse("20,20,15,10,5,soon"));
    }

    @Test
    void aRouteIsOverdueOnlyAfterItsDeadline() {
        var due = PUBLISHED.plus(Duration.ofDays(2));
        var route = new StoryRoute(1, 2, due);
        assertFalse(route.overdueAt(due.minusMillis(1)));
        assertFalse(route.overdueAt(due), "due at that moment, not yet overdue");
        assertTrue(route.overdueAt(due.plusMillis(1)));
    }

    @Test
    void aResponseEndsTheWaitingForGood() {
        var due = PUBLISHED.plus(Duration.ofDays(2));
        var route = new StoryRoute(1, 2, due);
        route.responded(due.minusSeconds(60));
        assertFalse(route.overdueAt(due.plus(Duration.ofDays(30))));
        route.responded(due.plusSeconds(60));
        assertEquals(due.minusSeconds(60), route.respondedAt(), "the first response counts");
    }

    @Test
    void aLateResponseStillEndsTheOverdue() {
        var due = PUBLISHED.plus(Duration.ofDays(2));
        var route = new StoryRoute(1, 2, due);
        assertTrue(route.overdueAt(due.plusSeconds(3600)));
        route.responded(due.plusSeconds(3600));
        assertFalse(route.overdueAt(due.plusSeconds(7200)));
    }
}
