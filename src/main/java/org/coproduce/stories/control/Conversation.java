package org.coproduce.stories.control;

import java.util.List;
import org.coproduce.stories.entity.Story;

/**
 * The replies under a story, as the stories component needs them. Implemented by the responses
 * component (which depends on this one, not the other way round).
 */
public interface Conversation {

    /** Published responses and storyteller replies, oldest first. */
    List<ConversationEntry> published(long storyId);

    /** What the storyteller sees: the published entries and their own replies awaiting moderation. */
    List<ConversationEntry> forStoryteller(long storyId);

    /** The storyteller answers; the reply is moderated before it shows. */
    void storytellerReplies(Story story, String text);

    /** Withdrawal: the storyteller's own replies are erased too. */
    void eraseStorytellerReplies(long storyId);
}
