package org.coproduce.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardsTest {

    static long[] month(long stories, long responded, long hours) {
        long[] v = new long[Deltas.COLUMNS.size()];
        v[Deltas.COLUMNS.indexOf("stories")] = stories;
        v[Deltas.COLUMNS.indexOf("critical_2")] = stories;
        v[Deltas.COLUMNS.indexOf("sentiment_negative")] = stories - stories / 3;
        v[Deltas.COLUMNS.indexOf("sentiment_positive")] = stories / 3;
        v[Deltas.COLUMNS.indexOf("responded")] = responded;
        v[Deltas.COLUMNS.indexOf("response_hours")] = hours;
        return v;
    }

    static Dashboards.Data data() {
        return new Dashboards.Data(Map.of(202601, month(3, 1, 24), 202602, month(7, 4, 96)),
                List.of(new SummaryReader.ThemeCount(202601, "ACCESS", "IMPROVE", 3),
                        new SummaryReader.ThemeCount(202602, "ACCESS", "IMPROVE", 6)),
                Map.of(202601, Map.of(1, 1L), 202602, Map.of(0, 2L, 1, 1L, 3, 1L)));
    }

    static Dashboards.Request request(Grouping by, Suppression s) {
        return new Dashboards.Request(Scope.platform(), Range.months(YearMonth.of(2026, 1), YearMonth.of(2026, 3)), by, s, false);
    }

    @Test
    void suppressesSmallMonthsAndTheMonthThatWouldGiveThemAwayInPublic() {
        var d = Dashboards.build(request(Grouping.MONTH, Suppression.PUBLIC), data(), (c, p) -> c);
        assertEquals(3, d.periods().size());
        assertTrue(d.periods().get(0).stories().suppressed());
        assertTrue(d.periods().get(1).stories().suppressed(), "10 - 7 would be January's 3 (March has none)");
        assertTrue(d.periods().get(2).stories().suppressed());
        assertEquals(10L, d.total().stories().value());
        assertEquals(0.5, d.total().responseRate().value());
        assertEquals(1.0, d.total().medianDaysToRespond().value());
        assertEquals(1.0, d.total().meanDaysToRespond().value());
        assertTrue(d.themes().getFirst().periods().get(0).suppressed());
        assertEquals(9L, d.themes().getFirst().total().value());
        assertNull(d.total().overdue().value(), "overdue is for staff");
        assertNull(d.total().drills().overdue());
        assertEquals("/api/outcomes/stories?criticality=2&from=2026-01&to=2026-03", d.total().drills().criticality().get(2));
        assertEquals("/api/outcomes/stories?concern=true&change=ANY&from=2026-02&to=2026-02",
                d.periods().get(1).drills().concernsChanged());
    }

    @Test
    void showsStoriesBySentimentWithDrillLinksAndHidesWhatWouldGiveASmallOneAway() {
        var staff = Dashboards.build(request(Grouping.MONTH, Suppression.NONE), data(), (c, p) -> c);
        assertEquals(3L, staff.total().sentiment().positive().value(), "January 1, February 2");
        assertEquals(7L, staff.total().sentiment().negative().value());
        assertEquals(0L, staff.total().sentiment().unknown().value());
        assertEquals(5L, staff.periods().get(1).sentiment().negative().value());
        assertEquals("/api/outcomes/stories?sentiment=mixed&from=2026-02&to=2026-02",
                staff.periods().get(1).drills().sentiment().mixed());
        var shown = Dashboards.build(request(Grouping.MONTH, Suppression.PUBLIC), data(), (c, p) -> c);
        assertTrue(shown.total().sentiment().positive().suppressed());
        assertTrue(shown.total().sentiment().negative().suppressed(), "10 - 3 would be the positive ones otherwise");
        assertEquals(10L, shown.total().stories().value());
    }

    @Test
    void groupsMonthsIntoQuarters() {
        var d = Dashboards.build(request(Grouping.QUARTER, Suppression.NONE), data(), (c, p) -> c);
        assertEquals(1, d.periods().size());
        assertEquals("2026-Q1", d.periods().getFirst().period());
        assertEquals(10L, d.periods().getFirst().stories().value());
        assertEquals("/api/outcomes/stories?theme=ACCESS&polarity=IMPROVE&from=2026-01&to=2026-03", d.themes().getFirst().drill());
    }

    @Test
    void showsWeeksWithTheirIsoLabelsAndDrillLinks() {
        var data = new Dashboards.Data(Map.of(202601, month(6, 0, 0), 202602, month(8, 0, 0)),
                List.of(new SummaryReader.ThemeCount(202602, "ACCESS", "IMPROVE", 5)), Map.of());
        var request = new Dashboards.Request(Scope.platform(), Range.weeks(202552, 202602), Grouping.WEEK, Suppression.NONE, true);
        var d = Dashboards.build(request, data, (c, p) -> c);
        assertEquals(List.of("2025-W52", "2026-W01", "2026-W02"), d.periods().stream().map(p -> p.period()).toList());
        assertEquals("week", d.by());
        assertEquals("2025-W52", d.from());
        assertEquals(14L, d.total().stories().value());
        assertEquals("/api/outcomes/stories?from=2026-W01&to=2026-W01", d.periods().get(1).drill());
        assertEquals(5L, d.themes().getFirst().periods().get(2).value());
    }
}
