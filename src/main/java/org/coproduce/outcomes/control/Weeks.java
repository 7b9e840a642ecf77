package org.coproduce.outcomes.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.coproduce.problems.InvalidInput;

/**
 * ISO-8601 weeks as the summary tables key them (week-based year × 100 + week, e.g. 202605) and
 * as clients write them (2026-W05): weeks start on Monday, week 1 holds the year's first
 * Thursday, so 29 Dec 2025 falls in 2026-W01 and 1 Jan 2027 in 2026-W53. Days are UTC.
 */
public final class Weeks {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    private Weeks() {
    }

    public static int key(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public static int key(Instant instant) {
        return key(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    public static LocalDate monday(int key) {
        return LocalDate.of(key / 100, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, key % 100).with(DayOfWeek.MONDAY);
    }

    public static int next(int key) {
        return key(monday(key).plusWeeks(1));
    }

    /** 52, or 53 for a week-based year that starts or ends on a Thursday. */
    public static int weeksIn(int year) {
        return key(LocalDate.of(year, 12, 28)) % 100;
    }

    public static String label(int key) {
        return String.format(Locale.ROOT, "%d-W%02d", key / 100, key % 100);
    }

    public static int parse(String field, String text) {
        var m = TEXT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidInput(field, "must be a month written YYYY-MM or an ISO week written YYYY-Www");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        if (year < 2000 || year > 2100) {
            throw new InvalidInput(field, "must be a week between 2000-W01 and 2100-W52");
        }
        if (week < 1 || week > weeksIn(year)) {
            throw new InvalidInput(field, year + " has weeks 01 to " + weeksIn(year));
        }
        return year * 100 + week;
    }

    public static boolean looksLikeWeek(String text) {
        return text != null && text.toUpperCase(Locale.ROOT).contains("-W");
    }

    public static List<Integer> between(int from, int to) {
        var weeks = new ArrayList<Integer>();
        for (int w = from; w <= to; w = next(w)) {
            weeks.add(w);
        }
        return weeks;
    }

    /** The weeks whose Thursday falls in these months: each week belongs to one month, as in ISO years. */
    public static List<Integer> ofMonths(YearMonth from, YearMonth to) {
        var thursday = from.atDay(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        var weeks = new ArrayList<Integer>();
        for (; !thursday.isAfter(to.atEndOfMonth()); thursday = thursday.plusWeeks(1)) {
            weeks.add(key(thursday));
        }
        return weeks;
    }
}
