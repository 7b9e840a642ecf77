package org.coproduce.outcomes.boundary;

import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.Set;
import org.coproduce.outcomes.control.Drill;
import org.coproduce.outcomes.control.Grouping;
import org.coproduce.outcomes.control.Range;
import org.coproduce.outcomes.control.Scope;

/** The query parameters every outcomes request shares: scope and months or weeks, plus drill-down filters. */
public class Selection {

    @QueryParam("organisation")
    String organisation;

    @QueryParam("service")
    String service;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("month")
    String month;

    @QueryParam("week")
    String week;

    @QueryParam("by")
    String by;

    @QueryParam("theme")
    String theme;

    @QueryParam("polarity")
    String polarity;

    @QueryParam("criticality")
    String criticality;

    @QueryParam("sentiment")
    String sentiment;

    @QueryParam("responded")
    String responded;

    @QueryParam("overdue")
    String overdue;

    @QueryParam("change")
    String change;

    @QueryParam("concern")
    String concern;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    /** The range as asked: months or weeks. */
    Range range(Clock clock) {
        return Periods.of(from, to, month, week, clock);
    }

    Grouping grouping(Range range) {
        return Grouping.parse(by, range.span());
    }

    /** Whether the drill-down filters by overdue (true or false), which only staff of the scope may. */
    boolean asksOverdue() {
        return Filters.bool("overdue", overdue).isPresent();
    }

    Drill drill(Scope scope, Clock clock) {
        return new Drill(scope, range(clock), Filters.theme(theme),
                Filters.oneOf("polarity", polarity, Set.of("GOOD", "IMPROVE")), Filters.criticality(criticality),
                Filters.sentiment(sentiment),
                Filters.bool("responded", responded), Filters.bool("overdue", overdue),
                Filters.oneOf("change", change, Set.of("PLANNED", "MADE", "ANY")), Filters.bool("concern", concern));
    }
}
