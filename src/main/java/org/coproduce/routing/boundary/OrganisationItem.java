package org.coproduce.routing.boundary;

import java.time.Instant;

/**
 * A story routed to one of the caller's organisations, as {@code GET /api/inbox?scope=organisation}
 * lists it: {@code status} OPEN, OVERDUE or ANSWERED, the deadline, when the organisation answered,
 * who of it the story is assigned to, and the version an assignment must name.
 */
public record OrganisationItem(long storyId, String storyTitle, long organisationId, String organisationName, String status,
        Instant dueAt, boolean overdue, boolean answered, Instant answeredAt, Long assigneeId, String assigneeName, long version) {
}
