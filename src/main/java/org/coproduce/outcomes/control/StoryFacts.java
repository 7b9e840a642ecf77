package org.coproduce.outcomes.control;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What outcomes counts of one published story: where (its services, and the organisations that
 * answer for them: theirs and their parents), when, how critical, how it feels (the analysis's
 * sentiment, "unknown" without one), which themes, and whether and how it was answered. Also
 * the form in which it is remembered (outcome_story).
 */
public record StoryFacts(long storyId, Set<Long> services, Set<Long> organisations, List<ThemeFact> themes, int criticality,
        String sentiment, Instant publishedAt, Instant dueAt, Instant respondedAt, String changeKind, boolean overdue) {

    public static final String PLANNED = "PLANNED";
    public static final String MADE = "MADE";
    /** The analysis's whole-story sentiments, and "unknown" for a story without analysis. */
    public static final List<String> SENTIMENTS = List.of("positive", "mixed", "negative", "unknown");
    public static final String UNKNOWN = "unknown";
    /** The drill-down's filters as kept in each index row (sql/V16), in {@link #filterValues()} order. */
    public static final String FILTER_COLUMNS = "criticality, sentiment, responded, overdue, change_kind, concern, praise";

    public StoryFacts {
        sentiment = sentiment != null && SENTIMENTS.contains(sentiment) ? sentiment : UNKNOWN;
    }

    public record ThemeFact(String code, String polarity) {
    }

    public int month() {
        return Months.key(YearMonth.from(publishedAt.atZone(ZoneOffset.UTC)));
    }

    public int week() {
        return Weeks.key(publishedAt);
    }

    /** Its services, its organisations (as their summary rows) and the platform (0): where it counts, once each. */
    public List<Long> countedFor() {
        var where = new java.util.ArrayList<Long>(services);
        organisations.forEach(o -> where.add(Tally.organisationRow(o)));
        where.add(Tally.PLATFORM);
        return where;
    }

    public boolean concern() {
        return themes.stream().anyMatch(t -> "IMPROVE".equals(t.polarity()));
    }

    /** A theme marked GOOD. */
    public boolean praise() {
        return themes.stream().anyMatch(t -> "GOOD".equals(t.polarity()));
    }

    /** What the drill-down filters on, in {@link #FILTER_COLUMNS} order. */
    public List<Object> filterValues() {
        return Arrays.asList(criticality, sentiment, responded(), overdue, changeKind, concern(), praise());
    }

    public boolean responded() {
        return respondedAt != null;
    }

    public long responseHours() {
        return respondedAt == null ? 0 : Math.max(0, Duration.between(publishedAt, respondedAt).toHours());
    }

    /** Whole days to the first response, 60 meaning 60 or more. */
    public int responseDays() {
        return (int) Math.min(60, responseHours() / 24);
    }

    /** The same story, overdue now or not: unanswered and past its deadline. */
    public StoryFacts at(Instant now) {
        return new StoryFacts(storyId, services, organisations, themes, criticality, sentiment, publishedAt, dueAt, respondedAt,
                changeKind, respondedAt == null && !dueAt.isAfter(now));
    }

    public String servicesText() {
        return idsText(services);
    }

    public String organisationsText() {
        return idsText(organisations);
    }

    private static String idsText(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    public String themesText() {
        return themes.stream().map(t -> t.code() + ":" + t.polarity()).collect(Collectors.joining(";"));
    }

    /** Ids as {@link #servicesText()} and {@link #organisationsText()} write them; none for null (not kept then). */
    static Set<Long> parseIds(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.split(",")).map(Long::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    static List<ThemeFact> parseThemes(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split(";")).map(t -> t.split(":", 2))
                .map(p -> new ThemeFact(p[0], p[1])).toList();
    }
}
