package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coproduce.background.control.Outbox;
import org.coproduce.stories.entity.Story;

/** Queues the e-mails that tell a storyteller who left an address what became of their story. */
@ApplicationScoped
public class StorytellerMails {

    @Inject
    Outbox outbox;

    public void published(Story story) {
        queue(story, StoryPublishedMail.KIND);
    }

    public void held(Story story) {
        queue(story, StoryHeldMail.KIND);
    }

    public void rejected(Story story) {
        queue(story, StoryRejectedMail.KIND);
    }

    private void queue(Story story, String kind) {
        if (story.email() != null) {
            outbox.enqueue(kind, story.id());
        }
    }
}
