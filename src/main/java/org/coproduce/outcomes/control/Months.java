package org.coproduce.outcomes.control;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.problems.InvalidInput;

/** Months as the summary tables key them (yyyymm), and as clients write them (yyyy-mm). */
public final class Months {

    private Months() {
    }

    public static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth of(int key) {
        return YearMonth.of(key / 100, key % 100);
    }

    public static YearMonth parse(String field, String text, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            var month = YearMonth.parse(text.strip());
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw new InvalidInput(field, "must be a month between 2000-01 and 2100-12");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a month written YYYY-MM");
        }
    }

    public static List<YearMonth> between(YearMonth from, YearMonth to) {
        var months = new ArrayList<YearMonth>();
        for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
