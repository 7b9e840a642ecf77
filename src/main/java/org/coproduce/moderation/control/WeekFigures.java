package org.coproduce.moderation.control;

import java.time.LocalDate;

/**
 * One week of moderation (Monday to Sunday, UTC): stories submitted, stories decided (published,
 * rejected), the queue at the week's end, and the time from submission to decision of the week's
 * decisions (median and 90th percentile, in minutes; null when nothing was decided); readers' reports
 * received in the week (storytellers' contests counted apart), and the reports decided in it:
 * dismissed, or acted on (the story or response edited, hidden, unpublished or restored).
 */
public record WeekFigures(String week, LocalDate start, long submitted, long published, long rejected, long queueAtEnd,
        Long medianMinutes, Long p90Minutes, long reports, long contests, long reportsDismissed, long reportsActedOn) {

    public long decided() {
        return published + rejected;
    }
}
