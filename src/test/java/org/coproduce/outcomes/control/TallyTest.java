package org.coproduce.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TallyTest {

    static final Instant PUBLISHED = Instant.parse("2026-03-10T10:00:00Z");

    static StoryFacts story(Instant respondedAt, String change) {
        return story(respondedAt, change, "negative");
    }

    static StoryFacts story(Instant respondedAt, String change, String sentiment) {
        return new StoryFacts(7, Set.of(11L, 12L), List.of(new StoryFacts.ThemeFact("ACCESS", "IMPROVE"),
                new StoryFacts.ThemeFact("STAFF", "GOOD")), 4, sentiment, PUBLISHED, PUBLISHED.plus(Duration.ofDays(5)), respondedAt,
                change, false);
    }

    static long cell(Deltas d, long service, String column) {
        var values = d.servicePeriods().get(new Deltas.ServicePeriod(Span.MONTH, service, 202603));
        return values == null ? 0 : values[Deltas.COLUMNS.indexOf(column)];
    }

    @Test
    void countsAStoryForEachServiceAndOnceForThePlatform() {
        var d = Tally.of(story(null, null));
        assertEquals(1, cell(d, 11, "stories"));
        assertEquals(1, cell(d, 12, "stories"));
        assertEquals(1, cell(d, Tally.PLATFORM, "stories"));
        assertEquals(1, cell(d, Tally.PLATFORM, "critical_4"));
        assertEquals(1, cell(d, Tally.PLATFORM, "concerns"));
        assertEquals(1L, d.themePeriods().get(new Deltas.ThemePeriod(Span.MONTH, 0, 202603, "ACCESS", "IMPROVE")));
        assertEquals(6, d.servicePeriods().size(), "three in the month, three in the week");
    }

    @Test
    void countsTheSentimentOfAStoryAndUnknownWithoutAnalysis() {
        var d = Tally.of(story(null, null, "mixed"));
        assertEquals(1, cell(d, 11, "sentiment_mixed"));
        assertEquals(1, cell(d, Tally.PLATFORM, "sentiment_mixed"));
        assertEquals(0, cell(d, Tally.PLATFORM, "sentiment_positive"));
        var unanalysed = Tally.of(story(null, null, null));
        assertEquals(1, cell(unanalysed, Tally.PLATFORM, "sentiment_unknown"));
        assertEquals("unknown", story(null, null, "ecstatic").sentiment(), "anything else is unknown too");
    }

    @Test
    void movesTheSentimentWhenTheAnalysisArrivesAfterPublication() {
        var d = Tally.change(story(null, null, null), story(null, null, "positive"));
        assertEquals(0, cell(d, 11, "stories"));
        assertEquals(-1, cell(d, 11, "sentiment_unknown"));
        assertEquals(1, cell(d, 11, "sentiment_positive"));
        assertEquals(-1, cell(d, Tally.PLATFORM, "sentiment_unknown"));
        assertEquals(1, cell(d, Tally.PLATFORM, "sentiment_positive"));
    }

    @Test
    void takesAWithdrawnStoryOutOfItsSentimentCell() {
        var d = Tally.change(story(null, null, "negative"), null);
        assertEquals(-1, cell(d, 12, "sentiment_negative"));
        assertEquals(-1, cell(d, 12, "stories"));
    }

    @Test
    void countsAStoryInTheIsoWeekOfItsPublicationToo() {
        var d = Tally.of(story(null, null));
        var week = d.servicePeriods().get(new Deltas.ServicePeriod(Span.WEEK, Tally.PLATFORM, 202611));
        assertEquals(1, week[Deltas.COLUMNS.indexOf("stories")], "10 March 2026 is in 2026-W11");
        assertEquals(1L, d.themePeriods().get(new Deltas.ThemePeriod(Span.WEEK, 11, 202611, "ACCESS", "IMPROVE")));
    }

    @Test
    void addsOnlyTheWeeksOfAStoryCountedInMonthsBeforeWeeksWereKept() {
        var d = Tally.change(story(null, null), java.util.Set.of(Span.MONTH), story(null, null));
        assertTrue(d.servicePeriods().keySet().stream().allMatch(k -> k.span() == Span.WEEK), d.servicePeriods().keySet()::toString);
        assertEquals(3, d.servicePeriods().size());
    }

    @Test
    void countsAnAnswerAsTheDifferenceOnly() {
        var answered = story(PUBLISHED.plus(Duration.ofHours(50)), "PLANNED");
        var d = Tally.change(story(null, null), answered);
        assertEquals(0, cell(d, 11, "stories"));
        assertEquals(1, cell(d, 11, "responded"));
        assertEquals(50, cell(d, 11, "response_hours"));
        assertEquals(1, cell(d, 11, "changes_planned"));
        assertEquals(1, cell(d, 11, "concerns_changed"));
        assertEquals(1L, d.responseDays().get(new Deltas.ResponseDay(Span.MONTH, 11, 202603, 2)));
        assertTrue(d.themePeriods().isEmpty(), "themes did not change");
    }

    @Test
    void becomesOverdueOnlyUnansweredPastTheDeadline() {
        assertTrue(story(null, null).at(PUBLISHED.plus(Duration.ofDays(6))).overdue());
        assertTrue(!story(null, null).at(PUBLISHED.plus(Duration.ofDays(4))).overdue());
        assertTrue(!story(PUBLISHED.plus(Duration.ofDays(9)), null).at(PUBLISHED.plus(Duration.ofDays(10))).overdue());
    }

    @Test
    void uncountsAWithdrawnStory() {
        var d = Tally.change(story(null, null), null);
        assertEquals(-1, cell(d, 12, "stories"));
        assertEquals(-1L, d.themePeriods().get(new Deltas.ThemePeriod(Span.MONTH, 12, 202603, "STAFF", "GOOD")));
    }

    @Test
    void remembersWhatItCountedInTheLedgerForm() {
        var s = story(null, null);
        assertEquals(Set.of(11L, 12L), StoryFacts.parseServices(s.servicesText()));
        assertEquals(s.themes(), StoryFacts.parseThemes(s.themesText()));
    }
}
