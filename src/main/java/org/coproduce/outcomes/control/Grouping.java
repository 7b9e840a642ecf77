package org.coproduce.outcomes.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduce.problems.InvalidInput;

/** How months (or weeks) are grouped into the periods of a dashboard. */
public enum Grouping {
    WEEK, MONTH, QUARTER, YEAR;

    /** By default weeks for a range of weeks, months otherwise. */
    public static Grouping parse(String text, Span span) {
        if (text == null || text.isBlank()) {
            return span == Span.WEEK ? WEEK : MONTH;
        }
        for (var g : values()) {
            if (g.name().equalsIgnoreCase(text.strip())) {
                if (span == Span.WEEK && g != WEEK) {
                    throw new InvalidInput("by", "a range of weeks is grouped by week only");
                }
                return g;
            }
        }
        throw new InvalidInput("by", "must be week, month, quarter or year");
    }

    /** The calendar its periods are made of. */
    public Span span() {
        return this == WEEK ? Span.WEEK : Span.MONTH;
    }

    public String label(int key) {
        var month = this == WEEK ? null : Months.of(key);
        return switch (this) {
            case WEEK -> Weeks.label(key);
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(month.getYear());
        };
    }

    /** The keys of the range by period label, in order. */
    public Map<String, List<Integer>> periods(Range range) {
        var periods = new LinkedHashMap<String, List<Integer>>();
        for (int key : range.keys()) {
            periods.computeIfAbsent(label(key), k -> new java.util.ArrayList<>()).add(key);
        }
        return periods;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
