package org.coproduce.stories.boundary;

import java.time.Instant;
import java.util.List;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.stories.control.ConversationEntry;
import org.coproduce.stories.control.FollowUps;
import org.coproduce.stories.entity.StoryText;

/**
 * Everything held about a story, for its storyteller (right of access, Art. 15): the text as told,
 * the e-mail address and point given with it (the point shown, and the exact one while it is kept),
 * the consent to train the theme model, what moderation made of it (published text, themes,
 * rejection reason), the answers and questions under it and how many experienced it too.
 */
public record StoryExport(long id, String status, String progress, Instant submittedAt, Instant publishedAt, Instant exportedAt,
        StoryText told, String relation, String happened, String category, String email, Double latitude, Double longitude,
        String publishedTitle, String publishedText, String rejectionReason, List<ServiceRef> services, List<ThemeView> themes,
        int meToo, List<ConversationEntry> responses, List<FollowUps.Question> questions, GeoPoint exactPlace,
        boolean trainingConsent) {
}
