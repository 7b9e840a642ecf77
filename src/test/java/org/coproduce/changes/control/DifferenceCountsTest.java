package org.coproduce.changes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.changes.entity.Change;
import org.coproduce.changes.entity.Difference;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;
import org.coproduce.testing.Fields;
import org.coproduce.testing.InMemoryEntityManager;
import org.junit.jupiter.api.Test;

class DifferenceCountsTest {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void countsTheAnswersOfStoriesThePublicCanReadAndOfPeopleWhoExperiencedOneToo() {
        var change = Fields.withId(new Change(1, 1, NOW), 9L);
        change.describe("Evening appointments", Set.of(), Set.of(), Set.of(1L, 2L, 3L, 4L), null);
        change.moveTo(Change.MADE, LocalDate.of(2026, 10, 1), Duration.ZERO);
        change.answer(1, Difference.YES, NOW);
        change.answer(2, Difference.NO, NOW);
        change.answer(3, Difference.NO, NOW);
        var statuses = Map.of(1L, StoryStatus.PUBLISHED, 2L, StoryStatus.WITHDRAWN, 3L, StoryStatus.HIDDEN, 4L, StoryStatus.PUBLISHED);

        var counts = counting(statuses, Map.of("asked", 2L, "YES", 1L)).of(change);

        assertEquals(List.of("asked", "YES", "PARTLY", "NO", "TOO_EARLY"), List.copyOf(counts.keySet()));
        assertEquals(List.of(4L, 2L, 0L, 0L, 0L), List.copyOf(counts.values()),
                "two public stories and two others asked; the withdrawn and the hidden story's answers left out");
    }

    @Test
    void aPlannedChangeHasAskedNobody() {
        var change = Fields.withId(new Change(1, 1, NOW), 10L);
        change.describe("Later", Set.of(), Set.of(), Set.of(1L), null);
        var counts = counting(Map.of(1L, StoryStatus.PUBLISHED), Map.of("asked", 0L)).of(change);
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), List.copyOf(counts.values()));
    }

    private static DifferenceCounts counting(Map<Long, StoryStatus> statuses, Map<String, Long> others) {
        var em = new InMemoryEntityManager();
        statuses.forEach((id, status) -> em.add(Fields.set(Fields.withId(story(), id), "status", status)));
        var counts = new DifferenceCounts();
        counts.stories = Fields.set(new Stories(), "em", em.proxy());
        counts.others = new OthersAsked() {
            @Override
            public Map<String, Long> counts(long changeId) {
                return others;
            }
        };
        counts.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return counts;
    }

    private static Story story() {
        try {
            var constructor = Story.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
