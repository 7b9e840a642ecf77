package org.coproduce.stories.boundary;

import java.time.Instant;
import java.util.List;
import org.coproduce.stories.control.ConversationEntry;

/**
 * A published story as anyone may see it: only moderated text, never the original or the e-mail.
 * {@code language} is the language of its text ("en" or "de"; absent when not known yet); {@code moderatorsEditedAt}:
 * when the moderators last edited it after a report (absent if never).
 */
public record PublishedStoryView(long id, String title, String text, String relation, String happened,
        Instant publishedAt, List<ServiceRef> services, List<ThemeView> themes, Integer criticality,
        String progress, int meToo, Double latitude, Double longitude, List<ConversationEntry> responses, String language,
        Instant moderatorsEditedAt) {
}
