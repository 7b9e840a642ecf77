package org.coproduce.outcomes.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.coproduce.outcomes.control.Grouping;
import org.coproduce.outcomes.control.Months;
import org.coproduce.outcomes.control.Range;
import org.coproduce.outcomes.control.Span;
import org.coproduce.outcomes.control.Weeks;
import org.coproduce.problems.InvalidInput;

/**
 * The months or weeks a request covers: from/to as months (YYYY-MM) or ISO weeks (YYYY-Www),
 * or one month or one week; by default the last twelve months (or weeks, when one end is a week).
 */
final class Periods {

    static final int MAX_MONTHS = 240;
    static final int MAX_WEEKS = 1050;

    private Periods() {
    }

    static Range of(String from, String to, String month, String week, Clock clock) {
        if (present(month) && present(week)) {
            throw new InvalidInput("week", "give a month or a week, not both");
        }
        if (present(week)) {
            int w = Weeks.parse("week", week);
            return Range.weeks(w, w);
        }
        if (present(month)) {
            var m = Months.parse("month", month, null);
            return Range.months(m, m);
        }
        return Weeks.looksLikeWeek(from) || Weeks.looksLikeWeek(to) ? weeks(from, to, clock) : months(from, to, clock);
    }

    /** The range in the calendar of the grouping: months grouped by week become the weeks whose Thursday they hold. */
    static Range grouped(Range range, Grouping by) {
        if (by.span() == Span.WEEK && range.span() == Span.MONTH) {
            var weeks = range.inWeeks();
            if (weeks.keys().size() > MAX_WEEKS) {
                throw new InvalidInput("from", "by week, the range may span at most " + MAX_WEEKS + " weeks");
            }
            return weeks;
        }
        return range;
    }

    private static Range months(String fromText, String toText, Clock clock) {
        var to = Months.parse("to", toText, YearMonth.now(clock.withZone(ZoneOffset.UTC)));
        var from = Months.parse("from", fromText, to.minusMonths(11));
        if (from.isAfter(to)) {
            throw new InvalidInput("from", "must not be after to");
        }
        if (Months.between(from, to).size() > MAX_MONTHS) {
            throw new InvalidInput("from", "the range may span at most " + MAX_MONTHS + " months");
        }
        return Range.months(from, to);
    }

    private static Range weeks(String fromText, String toText, Clock clock) {
        int to = present(toText) ? Weeks.parse("to", toText) : Weeks.key(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        int from = present(fromText) ? Weeks.parse("from", fromText) : Weeks.key(Weeks.monday(to).minusWeeks(11));
        if (from > to) {
            throw new InvalidInput("from", "must not be after to");
        }
        if (Weeks.monday(from).plusWeeks(MAX_WEEKS).isBefore(Weeks.monday(to))) {
            throw new InvalidInput("from", "the range may span at most " + MAX_WEEKS + " weeks");
        }
        return Range.weeks(from, to);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
