package org.coproduce.responses.boundary;

import java.time.Instant;
import org.coproduce.responses.entity.StoryResponse;

/**
 * A response as its author manages it: the public (or waiting) text, the edit awaiting a moderator
 * ({@code pendingText}, absent when none), the status, and the version to send back with an edit
 * or withdrawal.
 */
public record OwnResponse(long id, long storyId, String text, String pendingText, String status, long version,
        Instant publishedAt, Instant editedAt) {

    static OwnResponse of(StoryResponse r) {
        return new OwnResponse(r.id(), r.storyId(), r.body(), r.pendingText(), r.status(), r.version(), r.publishedAt(),
                r.editedAt());
    }
}
