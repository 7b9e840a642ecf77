package org.coproduce.stories.boundary;

import java.time.Instant;
import java.util.List;
import org.coproduce.stories.control.ConversationEntry;

/**
 * What the storyteller sees through the private follow link; {@code language}: the language of the story's text, as in the
 * public view; {@code moderationReason}: the moderators' statement of reasons when they hid, unpublished or edited it
 * (contestable); {@code heldUntil}: while HELD, when it becomes public by itself (null: once acknowledged or released).
 */
public record FollowView(long id, String status, String progress, String title, String publishedTitle,
        String publishedText, String rejectionReason, Instant submittedAt, Instant publishedAt,
        List<ServiceRef> services, List<ConversationEntry> responses,
        List<org.coproduce.stories.control.FollowUps.Question> questions, String language, boolean trainingConsent,
        String moderationReason, Instant moderatorsEditedAt, Instant heldUntil) {
}
