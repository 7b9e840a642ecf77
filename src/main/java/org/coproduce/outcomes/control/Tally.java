package org.coproduce.outcomes.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The summary cells one story counts in: for each of its services, for each organisation that
 * answers for them (its own rows, keyed by minus its id, so an organisation's dashboard reads
 * one row per period like the platform's and counts a story naming two of its services once)
 * and for the platform (service 0), which also counts it once; in the month and in the ISO week
 * of its publication. The one place that decides what a story adds to which cell.
 */
public final class Tally {

    public static final long PLATFORM = 0;
    public static final Set<Span> ALL = EnumSet.allOf(Span.class);

    private Tally() {
    }

    /** The summary rows' key of an organisation: minus its id (services have positive ids, the platform 0). */
    public static long organisationRow(long organisationId) {
        return -organisationId;
    }

    public static Deltas of(StoryFacts story) {
        return of(story, ALL);
    }

    /** Its cells in some of the calendars only (a ledger row from before weeks were kept). */
    public static Deltas of(StoryFacts story, Set<Span> spans) {
        var deltas = new Deltas();
        if (story == null) {
            return deltas;
        }
        var where = story.countedFor();
        for (var span : spans) {
            int period = span.key(story.publishedAt());
            for (long service : where) {
                count(deltas, story, new Deltas.ServicePeriod(span, service, period));
                for (var theme : story.themes()) {
                    deltas.add(new Deltas.ThemePeriod(span, service, period, theme.code(), theme.polarity()), 1);
                }
                if (story.responded()) {
                    deltas.add(new Deltas.ResponseDay(span, service, period, story.responseDays()), 1);
                }
            }
        }
        return deltas;
    }

    /** The change from what was counted to what should be counted now. */
    public static Deltas change(StoryFacts counted, StoryFacts now) {
        return change(counted, ALL, now);
    }

    /** The same, when {@code counted} was counted in some calendars only: now it counts in all. */
    public static Deltas change(StoryFacts counted, Set<Span> countedIn, StoryFacts now) {
        return of(now).plus(of(counted, countedIn), -1).compact();
    }

    public static Deltas ofAll(List<StoryFacts> stories) {
        var all = new Deltas();
        stories.forEach(s -> all.plus(of(s), 1));
        return all.compact();
    }

    private static void count(Deltas deltas, StoryFacts story, Deltas.ServicePeriod key) {
        deltas.add(key, "stories", 1);
        deltas.add(key, "critical_" + Math.max(0, Math.min(5, story.criticality())), 1);
        deltas.add(key, "sentiment_" + story.sentiment(), 1);
        if (story.concern()) {
            deltas.add(key, "concerns", 1);
        }
        if (story.responded()) {
            deltas.add(key, "responded", 1);
            deltas.add(key, "response_hours", story.responseHours());
        }
        if (story.overdue()) {
            deltas.add(key, "overdue", 1);
        }
        if (StoryFacts.PLANNED.equals(story.changeKind())) {
            deltas.add(key, "changes_planned", 1);
        } else if (StoryFacts.MADE.equals(story.changeKind())) {
            deltas.add(key, "changes_made", 1);
        }
        if (story.changeKind() != null && story.concern()) {
            deltas.add(key, "concerns_changed", 1);
        }
    }
}
