package org.coproduce.routing.control;

import java.util.Set;

/** A story was routed to these organisations (its first routing); observed in the routing transaction. */
public record StoryRouted(long storyId, Set<Long> organisationIds) {
}
