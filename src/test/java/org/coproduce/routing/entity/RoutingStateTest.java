package org.coproduce.routing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.coproduce.problems.Conflict;
import org.junit.jupiter.api.Test;

class RoutingStateTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void assignsOnTheVersionSeenAndRefusesAStaleOne() {
        var route = new StoryRoute(1, 2, NOW);
        route.assign(7L, 0);
        assertEquals(7L, route.assigneeId());
        assertEquals(1, route.version());
        assertThrows(Conflict.class, () -> route.assign(8L, 0));
        route.assign(null, 1);
        assertNull(route.assigneeId());
    }

    @Test
    void leavesThePlatformQueueOnceOnly() {
        var queued = new UnroutedStory(1, NOW);
        assertThrows(Conflict.class, () -> queued.routedBy(5, 3, NOW));
        queued.routedBy(5, 0, NOW);
        assertEquals(NOW, queued.routedAt());
        assertThrows(Conflict.class, () -> queued.routedBy(5, 1, NOW), "routed already");
    }
}
