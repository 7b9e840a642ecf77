package org.coproduce.moderation.control;

import java.time.LocalDate;

/**
 * One week of moderation (Monday to Sunday, UTC): stories submitted, stories decided (published,
 * rejected), the queue at the week's end, and the time from submission to decision of the week's
 * decisions (median and 90th percentile, in minutes; null when nothing was decided).
 */
public record WeekFigures(String week, LocalDate start, long submitted, long published, long rejected, long queueAtEnd,
        Long medianMinutes, Long p90Minutes) {

    public long decided() {
        return published + rejected;
    }
}
