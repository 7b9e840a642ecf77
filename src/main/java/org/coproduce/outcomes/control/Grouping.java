package org.coproduce.outcomes.control;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduce.problems.InvalidInput;

/** How months are grouped into the periods of a dashboard. */
public enum Grouping {
    MONTH, QUARTER, YEAR;

    public static Grouping parse(String text) {
        if (text == null || text.isBlank()) {
            return MONTH;
        }
        for (var g : values()) {
            if (g.name().equalsIgnoreCase(text.strip())) {
                return g;
            }
        }
        throw new InvalidInput("by", "must be month, quarter or year");
    }

    public String label(YearMonth month) {
        return switch (this) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(month.getYear());
        };
    }

    /** The months of [from, to] by period label, in order. */
    public Map<String, List<YearMonth>> periods(YearMonth from, YearMonth to) {
        var periods = new LinkedHashMap<String, List<YearMonth>>();
        for (var month : Months.between(from, to)) {
            periods.computeIfAbsent(label(month), k -> new java.util.ArrayList<>()).add(month);
        }
        return periods;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
