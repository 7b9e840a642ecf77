package org.coproduce.outcomes.boundary;

import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.Set;
import org.coproduce.outcomes.control.Drill;
import org.coproduce.outcomes.control.Scope;

/** The query parameters every outcomes request shares: scope and months, plus drill-down filters. */
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

    @QueryParam("by")
    String by;

    @QueryParam("theme")
    String theme;

    @QueryParam("polarity")
    String polarity;

    @QueryParam("criticality")
    String criticality;

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

    Period period(Clock clock) {
        return Period.of(from, to, month, clock);
    }

    Drill drill(Scope scope, Clock clock) {
        var period = period(clock);
        return new Drill(scope, period.from(), period.to(), Filters.theme(theme),
                Filters.oneOf("polarity", polarity, Set.of("GOOD", "IMPROVE")), Filters.criticality(criticality),
                Filters.bool("responded", responded), Filters.bool("overdue", overdue),
                Filters.oneOf("change", change, Set.of("PLANNED", "MADE", "ANY")), Filters.bool("concern", concern));
    }
}
