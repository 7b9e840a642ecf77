package org.coproduce.outcomes.control;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Consecutive months or ISO weeks, from and to included, as summary keys. */
public record Range(Span span, int from, int to) {

    public static Range months(YearMonth from, YearMonth to) {
        return new Range(Span.MONTH, Months.key(from), Months.key(to));
    }

    public static Range weeks(int from, int to) {
        return new Range(Span.WEEK, from, to);
    }

    public List<Integer> keys() {
        var keys = new ArrayList<Integer>();
        for (int k = from; k <= to; k = span.next(k)) {
            keys.add(k);
        }
        return keys;
    }

    /** The same stretch in weeks: those whose Thursday falls in these months. */
    public Range inWeeks() {
        if (span == Span.WEEK) {
            return this;
        }
        var weeks = Weeks.ofMonths(Months.of(from), Months.of(to));
        return weeks(weeks.getFirst(), weeks.getLast());
    }

    /** Where it starts, included, and ends, excluded (UTC). */
    public Instant start() {
        return span.start(from);
    }

    public Instant end() {
        return span.start(span.next(to));
    }

    public String fromLabel() {
        return span.label(from);
    }

    public String toLabel() {
        return span.label(to);
    }
}
