package org.coproduce.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.coproduce.analysis.control.Corrections;
import org.coproduce.problems.Conflict;
import org.coproduce.responses.control.Responding;
import org.coproduce.responses.entity.StoryResponse;
import org.coproduce.routing.control.Routing;
import org.coproduce.stories.control.StoryPublished;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.ThemeTag;

/**
 * Decisions on stories and replies. A decision names the story version the moderator saw: if
 * someone decided (or the story changed) meanwhile, it is refused with 409. Publishing routes
 * the story in the same transaction, so responders can answer as soon as it is public.
 */
@ApplicationScoped
public class Moderation {

    @Inject
    Audit audit;

    @Inject
    Corrections corrections;

    @Inject
    Routing routing;

    @Inject
    Responding responding;

    @Inject
    Clock clock;

    @Inject
    Event<StoryPublished> published;

    public void publish(Story story, long seenVersion, long moderatorId, String title, String text, int criticality,
            List<ThemeTag> themes) {
        requireVersion(story, seenVersion);
        String before = story.text().title() + "\n\n" + story.text().whole();
        story.publish(title, text, criticality, themes, clock.instant());
        audit.record(story.id(), null, moderatorId, "PUBLISH", null, before, title + "\n\n" + text);
        corrections.record(story.id(), moderatorId, themes);
        routing.route(story.id());
        published.fire(new StoryPublished(story.id()));
    }

    public void reject(Story story, long seenVersion, long moderatorId, String reason) {
        requireVersion(story, seenVersion);
        story.reject(reason);
        audit.record(story.id(), null, moderatorId, "REJECT", reason, story.text().whole(), null);
    }

    public void decideReply(StoryResponse reply, boolean publish, long moderatorId, String reason) {
        if (publish) {
            responding.publish(reply);
        } else {
            reply.reject();
        }
        audit.record(reply.storyId(), reply.id(), moderatorId, publish ? "PUBLISH_REPLY" : "REJECT_REPLY", reason,
                reply.body(), publish ? reply.body() : null);
    }

    private static void requireVersion(Story story, long seenVersion) {
        if (story.version() != seenVersion) {
            throw new Conflict("Another moderator decided on this story, or it changed, since you opened it. Reload it.");
        }
    }
}
