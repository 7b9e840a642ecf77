package org.coproduce.changes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Organisation 1 has child 2; organisation 9 is another's. Services 10 (of 1), 20 (of 2), 90 (of 9). */
class ForeignLinksTest {

    private static final Set<Long> FAMILY = Set.of(1L, 2L);
    private static final Set<Long> SERVICES = Set.of(10L, 20L);
    /** Story 100 about service 10 (routed to 1 and its parent 0), 200 about 20 (to 2, 1, 0), 900 about 90 (to 9), 901 by a rule to 2. */
    private static final Map<Long, Set<Long>> ROUTES = Map.of(100L, Set.of(1L, 0L), 200L, Set.of(2L, 1L, 0L), 900L, Set.of(9L),
            901L, Set.of(9L, 2L), 902L, Set.of());

    private static ForeignLinks linking(Set<Long> before, Set<Long> services, Set<Long> stories) {
        return ForeignLinks.of(FAMILY, SERVICES, before, services, stories, ROUTES::get);
    }

    @Test
    void theOrganisationLinksStoriesRoutedToItOrAChildAndTheirServices() {
        assertTrue(linking(Set.of(), Set.of(10L, 20L), Set.of(100L, 200L, 901L)).none());
    }

    @Test
    void anotherOrganisationsPublishedStoryIsRefused() {
        var foreign = linking(Set.of(), Set.of(), Set.of(100L, 900L, 902L));
        assertEquals(List.of(900L, 902L), foreign.stories());
        assertEquals("storyIds 900, 902 were not routed to this organisation or one under it.", foreign.refusal());
    }

    @Test
    void anotherOrganisationsServiceIsRefused() {
        var foreign = linking(Set.of(), Set.of(10L, 90L), Set.of(900L, 200L));
        assertEquals(List.of(90L), foreign.services());
        assertEquals("storyIds 900 were not routed to this organisation or one under it; serviceIds 90 are not services"
                + " of this organisation or one under it.", foreign.refusal());
    }

    @Test
    void aStoryLinkedBeforeStaysLinkable() {
        assertTrue(linking(Set.of(900L), Set.of(), Set.of(900L, 100L)).none());
    }

    @Test
    void aParentsStoryIsNotTheChildsToClaim() {
        var child = ForeignLinks.of(Set.of(2L), Set.of(20L), Set.of(), Set.of(10L), Set.of(100L), ROUTES::get);
        assertEquals(List.of(100L), child.stories());
        assertEquals(List.of(10L), child.services());
    }
}
