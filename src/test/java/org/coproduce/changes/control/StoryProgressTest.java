package org.coproduce.changes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.coproduce.changes.entity.Change;
import org.coproduce.stories.entity.Progress;
import org.junit.jupiter.api.Test;

class StoryProgressTest {

    @Test
    void aPlannedChangeShowsPlannedAMadeOneMadeADroppedOneNothing() {
        assertEquals(Optional.of(Progress.CHANGE_PLANNED), StoryProgress.reached(Change.PLANNED));
        assertEquals(Optional.of(Progress.CHANGE_MADE), StoryProgress.reached(Change.MADE));
        assertEquals(Optional.empty(), StoryProgress.reached(Change.DROPPED));
    }
}
