package org.coproduce.outcomes.boundary;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.coproduce.outcomes.control.Months;
import org.coproduce.problems.InvalidInput;

/** The months a request covers: from/to (YYYY-MM), or one month; by default the last twelve. */
record Period(YearMonth from, YearMonth to) {

    static final int MAX_MONTHS = 240;

    static Period of(String fromText, String toText, String monthText, Clock clock) {
        if (monthText != null && !monthText.isBlank()) {
            var month = Months.parse("month", monthText, null);
            return new Period(month, month);
        }
        var to = Months.parse("to", toText, YearMonth.now(clock.withZone(ZoneOffset.UTC)));
        var from = Months.parse("from", fromText, to.minusMonths(11));
        if (from.isAfter(to)) {
            throw new InvalidInput("from", "must not be after to");
        }
        if (Months.between(from, to).size() > MAX_MONTHS) {
            throw new InvalidInput("from", "the range may span at most " + MAX_MONTHS + " months");
        }
        return new Period(from, to);
    }
}
