package org.coproduce.outcomes.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The summary cells one story counts in: for each of its services and for the platform
 * (service 0), which counts it once even when it names several services.
 */
public final class Tally {

    public static final long PLATFORM = 0;

    private Tally() {
    }

    public static Deltas of(StoryFacts story) {
        var deltas = new Deltas();
        if (story == null) {
            return deltas;
        }
        var where = new ArrayList<Long>(story.services());
        where.add(PLATFORM);
        int month = story.month();
        for (long service : where) {
            count(deltas, story, new Deltas.ServiceMonth(service, month));
            for (var theme : story.themes()) {
                deltas.add(new Deltas.ThemeMonth(service, month, theme.code(), theme.polarity()), 1);
            }
            if (story.responded()) {
                deltas.add(new Deltas.ResponseDay(service, month, story.responseDays()), 1);
            }
        }
        return deltas;
    }

    /** The change from what was counted to what should be counted now. */
    public static Deltas change(StoryFacts counted, StoryFacts now) {
        return of(now).plus(of(counted), -1).compact();
    }

    public static Deltas ofAll(List<StoryFacts> stories) {
        var all = new Deltas();
        stories.forEach(s -> all.plus(of(s), 1));
        return all.compact();
    }

    private static void count(Deltas deltas, StoryFacts story, Deltas.ServiceMonth key) {
        deltas.add(key, "stories", 1);
        deltas.add(key, "critical_" + Math.max(0, Math.min(5, story.criticality())), 1);
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
