package org.coproduce.moderation.boundary;

import java.time.Instant;
import org.coproduce.stories.control.ConversationEntry;

/**
 * A response or reply in the moderation list: as the public would see it, plus whether the
 * safeguarding screen flagged it and how much personal data was found (the list then asks for a
 * review instead of offering to publish at once).
 */
public record PendingReply(long id, long storyId, String kind, String authorName, String authorTitle, String organisationName,
        String text, ConversationEntry.Change change, String status, Instant publishedAt, int helpful, boolean safeguarding,
        int personalData) {

    static PendingReply of(ConversationEntry e, boolean safeguarding, int personalData) {
        return new PendingReply(e.id(), e.storyId(), e.kind(), e.authorName(), e.authorTitle(), e.organisationName(), e.text(),
                e.change(), e.status(), e.publishedAt(), e.helpful(), safeguarding, personalData);
    }
}
