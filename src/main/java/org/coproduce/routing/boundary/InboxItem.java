package org.coproduce.routing.boundary;

import java.time.Instant;

public record InboxItem(long id, long storyId, String storyTitle, String kind, Instant createdAt, boolean read,
        Instant dueAt, boolean overdue) {
}
