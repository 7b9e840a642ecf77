package org.coproduce.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.coproduce.problems.InvalidInput;
import org.junit.jupiter.api.Test;

class WeeksTest {

    @Test
    void putsTheTurnOfTheYearInTheWeekOfItsThursday() {
        assertEquals(202601, Weeks.key(LocalDate.of(2025, 12, 29)), "Monday 29 Dec 2025 starts 2026-W01");
        assertEquals(202552, Weeks.key(LocalDate.of(2025, 12, 28)));
        assertEquals(202053, Weeks.key(LocalDate.of(2021, 1, 3)), "Sunday 3 Jan 2021 ends 2020-W53");
        assertEquals(202653, Weeks.key(LocalDate.of(2027, 1, 1)), "2026 starts on a Thursday: 53 weeks");
        assertEquals(202701, Weeks.key(LocalDate.of(2027, 1, 4)));
    }

    @Test
    void countsWeeksInUtc() {
        assertEquals(202601, Weeks.key(Instant.parse("2026-01-04T23:59:59Z")));
        assertEquals(202602, Weeks.key(Instant.parse("2026-01-05T00:00:00Z")));
    }

    @Test
    void findsTheMondayAndTheNextWeekAcrossYears() {
        assertEquals(LocalDate.of(2025, 12, 29), Weeks.monday(202601));
        assertEquals(LocalDate.of(2020, 12, 28), Weeks.monday(202053));
        assertEquals(202101, Weeks.next(202053));
        assertEquals(202601, Weeks.next(202552));
        assertEquals(List.of(202652, 202653, 202701), Weeks.between(202652, 202701));
        assertEquals(53, Weeks.weeksIn(2026));
        assertEquals(52, Weeks.weeksIn(2025));
    }

    @Test
    void readsAndWritesIsoWeeks() {
        assertEquals(202605, Weeks.parse("week", "2026-W05"));
        assertEquals(202653, Weeks.parse("week", "2026-w53"));
        assertEquals("2026-W05", Weeks.label(202605));
        assertEquals("week", assertThrows(InvalidInput.class, () -> Weeks.parse("week", "2025-W53")).violations().getFirst().field());
        assertThrows(InvalidInput.class, () -> Weeks.parse("week", "2026-W00"));
        assertThrows(InvalidInput.class, () -> Weeks.parse("week", "2026-05"));
    }

    @Test
    void givesAMonthTheWeeksWhoseThursdayItHolds() {
        assertEquals(List.of(202601, 202602, 202603, 202604, 202605), Weeks.ofMonths(YearMonth.of(2026, 1), YearMonth.of(2026, 1)));
        assertEquals(202653, Weeks.ofMonths(YearMonth.of(2026, 12), YearMonth.of(2026, 12)).getLast());
        var range = Range.months(YearMonth.of(2026, 1), YearMonth.of(2026, 1)).inWeeks();
        assertEquals(Instant.parse("2025-12-29T00:00:00Z"), range.start());
        assertEquals(Instant.parse("2026-02-02T00:00:00Z"), range.end());
    }

    @Test
    void keysMonthsAndWeeksFromTheSameInstant() {
        var published = Instant.parse("2026-03-01T08:00:00Z");
        assertEquals(202603, Span.MONTH.key(published));
        assertEquals(202609, Span.WEEK.key(published), "Sunday 1 March 2026 is in 2026-W09");
        assertEquals("2026-W09", Span.WEEK.label(202609));
    }
}
