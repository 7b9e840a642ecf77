package org.coproduce.changes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Duration DELAY = Duration.ofDays(28);

    @Test
    void aStoryJoiningAPlannedChangeIsAskedOnceItIsMade() {
        var change = new Change(1, 2, NOW);
        change.describe("Longer opening hours", Set.of(), Set.of(), Set.of(10L), null);
        change.link(11, DELAY);
        change.link(11, DELAY);
        assertEquals(2, change.stories().size(), "a story is linked once");
        assertNull(change.stories().get(1).askFrom());
        change.moveTo(Change.MADE, LocalDate.parse("2026-03-02"), DELAY);
        assertEquals(Instant.parse("2026-03-30T00:00:00Z"), change.stories().get(1).askFrom());
    }

    @Test
    void aStoryJoiningAMadeChangeIsAskedAfterTheDelay() {
        var change = new Change(1, 2, NOW);
        change.describe("Longer opening hours", Set.of(), Set.of(), Set.of(), null);
        change.moveTo(Change.MADE, LocalDate.parse("2026-03-02"), DELAY);
        change.link(12, DELAY);
        assertTrue(change.stories().getFirst().askable(Instant.parse("2026-03-30T00:00:00Z")));
        assertFalse(change.stories().getFirst().askable(Instant.parse("2026-03-29T23:59:00Z")));
    }
}
