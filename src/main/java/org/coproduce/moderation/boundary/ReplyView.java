package org.coproduce.moderation.boundary;

import java.time.Instant;
import java.util.List;
import org.coproduce.analysis.entity.PersonalDataSpan;
import org.coproduce.analysis.entity.SafeguardingFlag;
import org.coproduce.stories.control.ConversationEntry;

/**
 * A response or storyteller's reply as a moderator decides on it: the text with the personal data
 * found in it (and suggested replacements) and the safeguarding concerns, the story it answers,
 * the reason when it was rejected, and its audit trail. For its author's edit of a published
 * response, {@code text} is the edit, {@code status} PENDING and {@code publishedText} what readers
 * see until the moderator decides (null otherwise).
 */
public record ReplyView(long id, long version, long storyId, String storyTitle, String kind, String authorName,
        String authorTitle, String organisationName, String text, ConversationEntry.Change change, String status,
        Instant createdAt, String language, List<PersonalDataSpan> personalData, List<SafeguardingFlag> safeguarding,
        String rejectionReason, String rejectionNote, List<ModerationView.AuditEntry> audit, String publishedText) {
}
