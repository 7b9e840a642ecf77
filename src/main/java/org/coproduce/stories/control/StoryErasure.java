package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.coproduce.stories.entity.Story;

/**
 * Withdrawal on the storyteller's request: the story's text, e-mail, position and replies are
 * erased in this transaction; components holding copies (analysis, audit trail) observe
 * {@link StoryWithdrawn} synchronously and erase theirs in the same transaction.
 */
@ApplicationScoped
public class StoryErasure {

    @Inject
    Instance<Conversation> conversation;

    @Inject
    Event<StoryWithdrawn> withdrawn;

    public void withdraw(Story story) {
        story.withdraw();
        if (conversation.isResolvable()) {
            conversation.get().eraseStorytellerReplies(story.id());
        }
        withdrawn.fire(new StoryWithdrawn(story.id()));
    }
}
