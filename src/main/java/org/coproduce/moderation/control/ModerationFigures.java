package org.coproduce.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduce.moderation.entity.ReportReason;
import org.coproduce.stories.control.StorySubmissions;

/**
 * Moderation figures per week (read only). A story's decision is its PUBLISH or REJECT line in the
 * audit trail; its time to decision runs from submission to that line. The durations of a period
 * are read at most {@value #MAX_DECISIONS} at a time and the percentiles computed here (portable
 * SQL: MariaDB, MySQL and H2 have no common percentile function). The queue at a week's end is
 * the stories submitted before it less those decided or withdrawn before it (stories erased since
 * are not counted either way, so it may be a little low for old weeks; never below 0).
 * <p>
 * Reports: received in the week by reason (contests apart), and decided in the week by outcome.
 */
@ApplicationScoped
public class ModerationFigures {

    static final int MAX_DECISIONS = 50_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    StorySubmissions submissions;

    @Inject
    Clock clock;

    public record Figures(Instant from, Instant to, long queueNow, List<WeekFigures> weeks) {
    }

    /** The last {@code count} weeks, this one (so far) included, oldest first. */
    public Figures last(int count) {
        LocalDate monday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = monday.minusWeeks(count - 1L);
        var weeks = new ArrayList<WeekFigures>();
        for (LocalDate start = first; !start.isAfter(monday); start = start.plusWeeks(1)) {
            weeks.add(week(start));
        }
        return new Figures(instant(first), instant(monday.plusWeeks(1)), submissions.waiting(), weeks);
    }

    private WeekFigures week(LocalDate start) {
        Instant from = instant(start);
        Instant to = instant(start.plusWeeks(1));
        List<Object[]> decisions = em.createQuery("select d.storyId, d.action, d.decidedAt from Decision d"
                + " where d.responseId is null and d.action in ('PUBLISH', 'REJECT') and d.decidedAt >= :from"
                + " and d.decidedAt < :to order by d.decidedAt", Object[].class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(MAX_DECISIONS).getResultList();
        Map<Long, Instant> submitted = submissions.submittedAt(decisions.stream().map(d -> (Long) d[0]).toList());
        long published = decisions.stream().filter(d -> "PUBLISH".equals(d[1])).count();
        long[] minutes = decisions.stream().filter(d -> submitted.containsKey((Long) d[0]))
                .mapToLong(d -> Duration.between(submitted.get((Long) d[0]), (Instant) d[2]).toMinutes()).toArray();
        String name = start.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        long contests = reports("r.reportedAt", "r.reason = :contest", from, to);
        long dismissed = reports("r.decidedAt", "r.decision = 'DISMISS'", from, to);
        return new WeekFigures(name, start, submissions.between(from, to), published, decisions.size() - published,
                queueAt(to), boxed(Percentiles.of(minutes, 50)), boxed(Percentiles.of(minutes, 90)),
                reports("r.reportedAt", "r.reason <> :contest", from, to), contests, dismissed,
                reports("r.decidedAt", "r.decision is not null", from, to) - dismissed);
    }

    /** Reports whose {@code at} falls in the period and that meet the condition. */
    private long reports(String at, String condition, Instant from, Instant to) {
        var query = em.createQuery("select count(r) from Report r where " + at + " >= :from and " + at + " < :to and " + condition, Long.class)
                .setParameter("from", from).setParameter("to", to);
        if (condition.contains(":contest")) {
            query.setParameter("contest", ReportReason.CONTEST);
        }
        return query.getSingleResult();
    }

    private long queueAt(Instant end) {
        long gone = em.createQuery("select count(distinct d.storyId) from Decision d where d.responseId is null"
                + " and d.action in ('PUBLISH', 'REJECT', 'WITHDRAWN') and d.decidedAt < :end", Long.class)
                .setParameter("end", end).getSingleResult();
        return Math.max(0, submissions.before(end) - gone);
    }

    private static Long boxed(java.util.OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static Instant instant(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
