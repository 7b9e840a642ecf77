package org.coproduce.outcomes.boundary;

import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.Set;
import org.coproduce.outcomes.control.Drill;
import org.coproduce.outcomes.control.Grouping;
import org.coproduce.outcomes.control.Range;
import org.coproduce.outcomes.control.Scope;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every outcomes request shares: scope and months or weeks, plus drill-down filters. */
public class Selection {

    @QueryParam("organisation")
    @Parameter(description = "An organisation's id: it and the organisations under it", schema = @Schema(type = SchemaType.INTEGER))
    String organisation;

    @QueryParam("service")
    @Parameter(description = "A service's id", schema = @Schema(type = SchemaType.INTEGER))
    String service;

    @QueryParam("from")
    @Parameter(description = "First month (YYYY-MM) or ISO week (YYYY-Www); default the last 12", schema = @Schema(type = SchemaType.STRING))
    String from;

    @QueryParam("to")
    @Parameter(description = "Last month (YYYY-MM) or ISO week (YYYY-Www), included", schema = @Schema(type = SchemaType.STRING))
    String to;

    @QueryParam("month")
    @Parameter(description = "One month, YYYY-MM", schema = @Schema(type = SchemaType.STRING))
    String month;

    @QueryParam("week")
    @Parameter(description = "One ISO week, YYYY-Www", schema = @Schema(type = SchemaType.STRING))
    String week;

    @QueryParam("by")
    @Parameter(description = "Grouping of the periods", schema = @Schema(type = SchemaType.STRING, enumeration = {"week", "month", "quarter", "year"}))
    String by;

    @QueryParam("theme")
    @Parameter(description = "Only stories with this theme (its code)", schema = @Schema(type = SchemaType.STRING))
    String theme;

    @QueryParam("polarity")
    @Parameter(description = "With theme: only where it was marked good or to improve", schema = @Schema(type = SchemaType.STRING, enumeration = {"GOOD", "IMPROVE"}))
    String polarity;

    @QueryParam("criticality")
    @Parameter(description = "Only stories of this criticality, 0 to 5", schema = @Schema(type = SchemaType.INTEGER))
    String criticality;

    @QueryParam("sentiment")
    @Parameter(description = "Only stories of this whole-story sentiment", schema = @Schema(type = SchemaType.STRING, enumeration = {"positive", "mixed", "negative", "unknown"}))
    String sentiment;

    @QueryParam("responded")
    @Parameter(description = "Only stories responded to (true) or not (false)", schema = @Schema(type = SchemaType.BOOLEAN))
    String responded;

    @QueryParam("overdue")
    @Parameter(description = "Only stories overdue for a response (true) or not (false); staff only", schema = @Schema(type = SchemaType.BOOLEAN))
    String overdue;

    @QueryParam("change")
    @Parameter(description = "Only stories answered by a change planned, made or either", schema = @Schema(type = SchemaType.STRING, enumeration = {"PLANNED", "MADE", "ANY"}))
    String change;

    @QueryParam("concern")
    @Parameter(description = "Only concerns (true: a theme marked IMPROVE) or not (false)", schema = @Schema(type = SchemaType.BOOLEAN))
    String concern;

    @QueryParam("page")
    @Parameter(description = "Page number, from 1 (default 1)", schema = @Schema(type = SchemaType.INTEGER))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 100 (10,000 in the CSV export)", schema = @Schema(type = SchemaType.INTEGER))
    String size;

    /** The range as asked: months or weeks. */
    Range range(Clock clock) {
        return Periods.of(from, to, month, week, clock);
    }

    Grouping grouping(Range range) {
        return Grouping.parse(by, range.span());
    }

    Drill drill(Scope scope, Clock clock) {
        return new Drill(scope, range(clock), Filters.theme(theme),
                Filters.oneOf("polarity", polarity, Set.of("GOOD", "IMPROVE")), Filters.criticality(criticality),
                Filters.sentiment(sentiment),
                Filters.bool("responded", responded), Filters.bool("overdue", overdue),
                Filters.oneOf("change", change, Set.of("PLANNED", "MADE", "ANY")), Filters.bool("concern", concern));
    }
}
