package org.coproduce.reports.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.coproduce.outcomes.control.Months;
import org.coproduce.outcomes.control.Range;
import org.coproduce.outcomes.control.Span;
import org.coproduce.outcomes.control.Weeks;

/** The month or ISO week a report covers (UTC), as a summary key of its calendar. */
public record ReportPeriod(Span span, int key) {

    /** How many periods the report's chart shows, the report's own the last. */
    static final int TREND = 12;

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Span.MONTH, Months.key(month));
    }

    public static ReportPeriod week(int key) {
        return new ReportPeriod(Span.WEEK, key);
    }

    /** The period of a label, "2026-11" or "2026-W48". */
    public static ReportPeriod parse(String label) {
        return Weeks.looksLikeWeek(label) ? week(Weeks.parse("period", label)) : month(YearMonth.parse(label));
    }

    /** The last month (MONTHLY) or ISO week (WEEKLY) that has ended at {@code now}. */
    public static ReportPeriod lastClosed(String cadence, Instant now) {
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return "WEEKLY".equals(cadence) ? week(Weeks.key(today.minusWeeks(1))) : month(YearMonth.from(today).minusMonths(1));
    }

    public boolean weekly() {
        return span == Span.WEEK;
    }

    /** "2026-11" or "2026-W48". */
    public String label() {
        return span.label(key);
    }

    public Range range() {
        return new Range(span, key, key);
    }

    /** The {@link #TREND} periods up to and with this one. */
    public Range trend() {
        int first = key;
        for (int i = 1; i < TREND; i++) {
            first = weekly() ? Weeks.key(Weeks.monday(first).minusWeeks(1)) : Months.key(Months.of(first).minusMonths(1));
        }
        return new Range(span, first, key);
    }

    /** The months the period lies in (a week may straddle two). */
    public int[] months() {
        if (!weekly()) {
            return new int[] {key, key};
        }
        var monday = Weeks.monday(key);
        return new int[] {Months.key(YearMonth.from(monday)), Months.key(YearMonth.from(monday.plusDays(6)))};
    }

    public LocalDate firstDay() {
        return LocalDate.ofInstant(span.start(key), ZoneOffset.UTC);
    }

    public LocalDate lastDay() {
        return LocalDate.ofInstant(span.start(span.next(key)), ZoneOffset.UTC).minusDays(1);
    }
}
