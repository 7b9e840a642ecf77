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

    /** Services 11 and 12 both belong to organisation 3, whose parent is 1. */
    static StoryFacts story(Instant respondedAt, String change, String sentiment) {
        return story(Set.of(3L, 1L), respondedAt, change, sentiment);
    }

    static StoryFacts story(Set<Long> organisations, Instant respondedAt, String change, String sentiment) {
        return new StoryFacts(7, Set.of(11L, 12L), organisations, List.of(new StoryFacts.ThemeFact("ACCESS", "IMPROVE"),
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
        assertEquals(10, d.servicePeriods().size(), "two services, two organisations and the platform, in the month and in the week");
    }

    @Test
    void countsAStoryNamingTwoServicesOfAnOrganisationOnceForItAndOnceForItsParent() {
        var d = Tally.of(story(null, null));
        assertEquals(1, cell(d, Tally.organisationRow(3), "stories"));
        assertEquals(1, cell(d, Tally.organisationRow(1), "stories"));
        assertEquals(1, cell(d, Tally.organisationRow(1), "concerns"));
        assertEquals(1L, d.themePeriods().get(new Deltas.ThemePeriod(Span.MONTH, Tally.organisationRow(3), 202603, "ACCESS",
                "IMPROVE")));
        assertTrue(Tally.organisationRow(3) < 0, "apart from services (positive ids) and the platform (0)");
    }

    @Test
    void addsOnlyTheOrganisationsOfAStoryCountedBeforeOrganisationsHadRows() {
        var d = Tally.change(story(Set.of(), null, null, "mixed"), story(null, null, "mixed"));
        assertEquals(0, cell(d, 11, "stories"));
        assertEquals(0, cell(d, Tally.PLATFORM, "stories"));
        assertEquals(1, cell(d, Tally.organisationRow(3), "stories"));
        assertEquals(1, cell(d, Tally.organisationRow(1), "sentiment_mixed"));
    }

    @Test
    void movesAStoryToTheOrganisationsItsServiceMovedTo() {
        var d = Tally.change(story(null, null), story(Set.of(4L), null, null, "negative"));
        assertEquals(-1, cell(d, Tally.organisationRow(3), "stories"));
        assertEquals(-1, cell(d, Tally.organisationRow(1), "stories"));
        assertEquals(1, cell(d, Tally.organisationRow(4), "stories"));
        assertEquals(0, cell(d, 11, "stories"));
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
        assertEquals(5, d.servicePeriods().size(), "two services, two organisations and the platform");
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
        assertEquals(Set.of(11L, 12L), StoryFacts.parseIds(s.servicesText()));
        assertEquals(Set.of(1L, 3L), StoryFacts.parseIds(s.organisationsText()));
        assertEquals(Set.of(), StoryFacts.parseIds(null), "a ledger row from before organisations were kept");
        assertEquals(s.themes(), StoryFacts.parseThemes(s.themesText()));
    }
}
