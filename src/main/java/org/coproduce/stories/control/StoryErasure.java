package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.coproduce.background.control.Outbox;
import org.coproduce.stories.entity.Story;

/**
 * Withdrawal on the storyteller's request (Art. 17): the story's text, e-mail, position,
 * rejection reason and replies are erased in this transaction; components holding copies
 * (analysis, audit trail, responses, changes) observe {@link StoryWithdrawn} synchronously and
 * erase theirs in the same transaction. Then this component erases its own rows about the story:
 * the "me too" addresses (after the changes component has dropped its questions to them), the
 * reactions to the story and its replies, and the error texts of its outbox tasks.
 */
@ApplicationScoped
public class StoryErasure {

    @Inject
    Instance<Conversation> conversation;

    @Inject
    Event<StoryWithdrawn> withdrawn;

    @Inject
    MeTooContacts meTooContacts;

    @Inject
    Reactions reactions;

    @Inject
    Outbox outbox;

    public void withdraw(Story story) {
        long id = story.id();
        List<Long> replies = conversation.isResolvable()
                ? conversation.get().forStoryteller(id).stream().map(ConversationEntry::id).toList() : List.of();
        story.withdraw();
        if (conversation.isResolvable()) {
            conversation.get().eraseStorytellerReplies(id);
        }
        withdrawn.fire(new StoryWithdrawn(id));
        meTooContacts.erase(id);
        reactions.erase("STORY", List.of(id));
        reactions.erase("RESPONSE", replies);
        outbox.forget(Storytelling.ANALYSE, List.of(id));
        outbox.forget(FollowLinkMail.KIND, List.of(id));
        outbox.forget(StoryModeratedMail.KIND, List.of(id));
    }
}
