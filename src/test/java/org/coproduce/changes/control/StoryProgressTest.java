package org.coproduce.changes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    @Test
    void aRefusalNamesTheStoriesAndServicesNotOfTheOrganisation() {
        assertEquals("storyIds 12, 15 were not routed to this organisation or one under it; serviceIds 3 are not services"
                + " of this organisation or one under it.", ChangeRegister.refusal(List.of(3L), List.of(12L, 15L)));
        assertEquals("storyIds 7 were not routed to this organisation or one under it.", ChangeRegister.refusal(List.of(), List.of(7L)));
    }
}
