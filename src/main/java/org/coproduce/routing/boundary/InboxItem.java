package org.coproduce.routing.boundary;

import java.time.Instant;
import java.util.List;

/**
 * An alert as the inbox shows it: the story's services and criticality, when it reached the
 * organisation ({@code receivedAt}, its publication: never after {@code dueAt}), the deadline, and
 * when the caller's organisation answered it ({@code answeredAt}, null while open); {@code held}: shown to
 * the organisations only until acknowledged ({@code POST /api/stories/{id}/acknowledgement}) or {@code heldUntil}.
 */
public record InboxItem(long id, long storyId, String storyTitle, String kind, Instant createdAt, boolean read,
        Instant dueAt, boolean overdue, List<String> services, Integer criticality, Instant receivedAt, Instant answeredAt,
        boolean held, Instant heldUntil) {
}
