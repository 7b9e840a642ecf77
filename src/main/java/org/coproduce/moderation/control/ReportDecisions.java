package org.coproduce.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.coproduce.background.control.Outbox;
import org.coproduce.problems.Conflict;
import org.coproduce.responses.entity.StoryResponse;
import org.coproduce.stories.control.StoryModeratedMail;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;

/**
 * A moderator's decision on the reports about a published story or response: dismiss them, edit
 * the public text, hide it for now, unpublish it, or restore it. Each names the version the
 * moderator saw (409 when stale), is audited (text before and after for an edit) and closes the
 * open reports; hiding, unpublishing and editing give the storyteller the statement of reasons
 * on the follow page and, when they left an address, by e-mail ({@link StoryModeratedMail}).
 */
@ApplicationScoped
public class ReportDecisions {

    @Inject
    Reports reports;

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<StoryHiddenOrEdited> changed;

    public enum StoryAction { DISMISS, EDIT, HIDE, UNPUBLISH, RESTORE }

    public void decide(Story story, long seenVersion, long moderatorId, StoryAction action, String reason, String title, String text) {
        if (story.version() != seenVersion) {
            throw new Conflict("Another moderator decided on this story, or it changed, since you opened it. Reload it.");
        }
        String before = story.publishedTitle() + "\n\n" + story.publishedBody();
        String audited = switch (action) {
            case DISMISS -> {
                if (story.status() == StoryStatus.HIDDEN) {
                    story.restore();
                }
                yield "DISMISS_REPORTS";
            }
            case EDIT -> {
                if (story.status() == StoryStatus.HIDDEN) {
                    story.restore();
                }
                story.editPublished(title, text, reason, clock.instant());
                yield "EDIT_PUBLISHED";
            }
            case HIDE -> {
                story.hide(reason);
                yield "HIDE";
            }
            case UNPUBLISH -> {
                story.unpublish(reason);
                yield "UNPUBLISH";
            }
            case RESTORE -> {
                story.restore();
                yield "RESTORE";
            }
        };
        audit.record(story.id(), null, moderatorId, audited, reason, action == StoryAction.EDIT ? before : null,
                action == StoryAction.EDIT ? title + "\n\n" + text : null);
        reports.close(story.id(), null, action.name());
        if ((action == StoryAction.EDIT || action == StoryAction.HIDE || action == StoryAction.UNPUBLISH) && story.email() != null) {
            outbox.enqueue(StoryModeratedMail.KIND, story.id());
        }
        if (action != StoryAction.DISMISS || story.status() == StoryStatus.PUBLISHED) {
            changed.fire(new StoryHiddenOrEdited(story.id(), audited));
        }
    }

    /** Dismisses the reports about a response, or takes it down with a reason from the fixed list and a note. */
    public void decide(StoryResponse response, long seenVersion, long moderatorId, boolean takeDown, RejectionReason reason, String note) {
        if (response.version() != seenVersion) {
            throw new Conflict("Another moderator decided on this response, or it changed, since you opened it. Reload it.");
        }
        if (takeDown) {
            response.unpublish(reason.name(), note);
        }
        audit.record(response.storyId(), response.id(), moderatorId, takeDown ? "UNPUBLISH_REPLY" : "DISMISS_REPLY",
                takeDown ? reason.withNote(note) : note, takeDown ? response.body() : null, null);
        reports.close(response.storyId(), response.id(), takeDown ? "UNPUBLISH" : "DISMISS");
    }
}
