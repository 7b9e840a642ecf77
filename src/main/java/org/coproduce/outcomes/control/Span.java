package org.coproduce.outcomes.control;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The two calendars the summaries are kept in: months (yyyymm) and ISO weeks (yyyyww), each
 * with its own tables. A story counts in the month and in the week of its publication (UTC).
 */
public enum Span {
    MONTH("service_month", "theme_month", "response_day", "ym"),
    WEEK("service_week", "theme_week", "response_week_day", "yw");

    /** Table and column names: constants, safe to write into statements. */
    public final String counters;
    public final String themes;
    public final String responseDays;
    public final String column;

    Span(String counters, String themes, String responseDays, String column) {
        this.counters = counters;
        this.themes = themes;
        this.responseDays = responseDays;
        this.column = column;
    }

    public int key(Instant instant) {
        return this == MONTH ? Months.key(YearMonth.from(instant.atZone(ZoneOffset.UTC))) : Weeks.key(instant);
    }

    /** The first instant of the period (UTC). */
    public Instant start(int key) {
        var day = this == MONTH ? Months.of(key).atDay(1) : Weeks.monday(key);
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public int next(int key) {
        return this == MONTH ? Months.key(Months.of(key).plusMonths(1)) : Weeks.next(key);
    }

    public String label(int key) {
        return this == MONTH ? Months.of(key).toString() : Weeks.label(key);
    }
}
