package org.coproduce.moderation.boundary;

import java.time.Instant;
import java.util.List;
import org.coproduce.stories.boundary.ServiceRef;

public record QueueItem(long id, String title, Instant submittedAt, Integer suggestedCriticality, boolean safeguarding,
        String language, List<ServiceRef> services) {
}
