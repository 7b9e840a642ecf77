package org.coproduce.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DrillDownTest {

    static final Range MONTH = new Range(Span.MONTH, 202606, 202606);

    static Drill drill(Optional<String> theme, Optional<String> polarity, Optional<Integer> criticality, Optional<String> sentiment,
            Optional<Boolean> responded, Optional<Boolean> overdue, Optional<String> change, Optional<Boolean> concern) {
        return new Drill(Scope.platform(), MONTH, theme, polarity, criticality, sentiment, responded, overdue, change, concern);
    }

    static Drill only(Optional<Integer> criticality, Optional<String> sentiment, Optional<Boolean> responded, Optional<Boolean> overdue,
            Optional<String> change, Optional<Boolean> concern) {
        return drill(Optional.empty(), Optional.empty(), criticality, sentiment, responded, overdue, change, concern);
    }

    static final Optional<String> NO = Optional.empty();

    @Test
    void countsEveryDashboardNumbersOwnLinkFromTheSummaryCell() {
        var none = Optional.<Boolean>empty();
        assertEquals(Optional.of("stories"), DrillDown.cell(only(Optional.empty(), NO, none, none, NO, none)));
        assertEquals(Optional.of("critical_3"), DrillDown.cell(only(Optional.of(3), NO, none, none, NO, none)));
        assertEquals(Optional.of("sentiment_mixed"), DrillDown.cell(only(Optional.empty(), Optional.of("mixed"), none, none, NO, none)));
        assertEquals(Optional.of("responded"), DrillDown.cell(only(Optional.empty(), NO, Optional.of(true), none, NO, none)));
        assertEquals(Optional.of("overdue"), DrillDown.cell(only(Optional.empty(), NO, none, Optional.of(true), NO, none)));
        assertEquals(Optional.of("changes_made"), DrillDown.cell(only(Optional.empty(), NO, none, none, Optional.of("MADE"), none)));
        assertEquals(Optional.of("concerns"), DrillDown.cell(only(Optional.empty(), NO, none, none, NO, Optional.of(true))));
        assertEquals(Optional.of("concerns_changed"),
                DrillDown.cell(only(Optional.empty(), NO, none, none, Optional.of("ANY"), Optional.of(true))));
        assertEquals(Optional.of("stories"), DrillDown.cell(drill(Optional.of("access.timeliness"), Optional.of("IMPROVE"),
                Optional.empty(), NO, none, none, NO, none)));
    }

    @Test
    void countsAnyOtherCombinationInTheIndex() {
        var none = Optional.<Boolean>empty();
        assertEquals(Optional.empty(), DrillDown.cell(only(Optional.of(3), Optional.of("mixed"), none, none, NO, none)));
        assertEquals(Optional.empty(), DrillDown.cell(only(Optional.empty(), NO, Optional.of(false), none, NO, none)));
        assertEquals(Optional.empty(), DrillDown.cell(only(Optional.empty(), NO, none, none, Optional.of("ANY"), none)));
        assertEquals(Optional.empty(), DrillDown.cell(only(Optional.empty(), NO, none, none, NO, Optional.of(false))));
        assertEquals(Optional.empty(), DrillDown.cell(only(Optional.empty(), Optional.of("ecstatic"), none, none, NO, none)));
        assertEquals(Optional.empty(), DrillDown.cell(drill(Optional.of("access.timeliness"), NO, Optional.of(2), NO, none, none, NO,
                none)));
    }
}
