package org.coproduce.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.coproduce.analysis.control.Corrections;
import org.coproduce.background.control.Outbox;
import org.coproduce.problems.Conflict;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.responses.control.Responding;
import org.coproduce.responses.entity.StoryResponse;
import org.coproduce.routing.control.Routing;
import org.coproduce.stories.control.HoldRule;
import org.coproduce.stories.control.Holding;
import org.coproduce.stories.control.Places;
import org.coproduce.stories.control.StorytellerMails;
import org.coproduce.stories.control.StoryPublished;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.ThemeTag;

/**
 * Decisions on stories and replies, and escalations of safeguarding concerns. A decision names the story version the moderator saw: if
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
    Outbox outbox;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<StoryPublished> published;

    @Inject
    Places places;

    @Inject
    Holding holding;

    @Inject
    StorytellerMails mails;

    /**
     * Publishes it, or, when the hold rule (or the moderator's {@code hold}, when given) says so,
     * holds it: routed now, shown to the organisations first, public when released
     * ({@link Holding}); counted in the outcomes only once public.
     */
    public void publish(Story story, long seenVersion, long moderatorId, String title, String text, int criticality,
            List<ThemeTag> themes, Boolean hold) {
        requireVersion(story, seenVersion);
        String before = story.text().title() + "\n\n" + story.text().whole();
        var now = clock.instant();
        var rule = HoldRule.fromSettings();
        boolean held = rule.holds(criticality, story.safeguarding(), hold);
        if (held) {
            story.publishHeld(title, text, criticality, themes, now, rule.until(now));
        } else {
            story.publish(title, text, criticality, themes, now);
        }
        audit.record(story.id(), null, moderatorId, "PUBLISH", null, before, title + "\n\n" + text);
        corrections.record(story.id(), moderatorId, themes);
        routing.route(story.id());
        if (held) {
            audit.record(story.id(), null, moderatorId, "HOLD", "until " + story.heldUntil(), null, null);
            mails.held(story);
        } else {
            published.fire(new StoryPublished(story.id()));
            mails.published(story);
        }
    }

    public void reject(Story story, long seenVersion, long moderatorId, String reason) {
        requireVersion(story, seenVersion);
        story.reject(reason);
        audit.record(story.id(), null, moderatorId, "REJECT", reason, story.text().whole(), null);
        mails.rejected(story);
    }

    /** A moderator makes a held story public now (the trail's RELEASE line comes from {@link Audit}). */
    public void release(Story story, Long seenVersion, long moderatorId) {
        requireVersion(story, seenVersion);
        holding.release(story, moderatorId, "MODERATOR");
    }

    /** A moderator keeps a held story held until then (null: until a responder acknowledges it or a moderator releases it). */
    public void keepHeld(Story story, Long seenVersion, long moderatorId, java.time.Instant until) {
        requireVersion(story, seenVersion);
        story.keepHeld(until);
        audit.record(story.id(), null, moderatorId, "KEEP_HELD", until == null ? "until released" : "until " + until, null, null);
    }

    /**
     * Moves the story's point (seenVersion, when given, must be the version the moderator saw). The
     * trail notes the move and the point now shown in public, never the exact one (it is erased later).
     */
    public void movePlace(Story story, Long seenVersion, long moderatorId, GeoPoint exact) {
        requireVersion(story, seenVersion);
        places.move(story, exact);
        em.flush();
        var shown = story.shownPlace();
        audit.record(story.id(), null, moderatorId, "MOVE_PLACE", null, null,
                shown == null ? null : shown.latitude() + "," + shown.longitude());
    }

    public void removePlace(Story story, Long seenVersion, long moderatorId) {
        requireVersion(story, seenVersion);
        story.removePlace();
        em.flush();
        audit.record(story.id(), null, moderatorId, "REMOVE_PLACE", null, null, null);
    }

    /** Publishes a response or reply, as written or as the moderator edited it (personal data taken out). */
    public void publishReply(StoryResponse reply, Long seenVersion, long moderatorId, String editedText) {
        requireVersion(reply, seenVersion);
        String before = reply.textUnderReview();
        if (editedText != null && !editedText.equals(before)) {
            reply.revise(editedText);
        }
        responding.publish(reply);
        audit.record(reply.storyId(), reply.id(), moderatorId, "PUBLISH_REPLY", null, before, reply.body());
    }

    /** Rejects it with a reason from the fixed list and the moderator's note; both are kept with the reply. */
    public void rejectReply(StoryResponse reply, Long seenVersion, long moderatorId, RejectionReason reason, String note) {
        requireVersion(reply, seenVersion);
        reply.reject(reason.name(), note);
        audit.record(reply.storyId(), reply.id(), moderatorId, "REJECT_REPLY", reason.withNote(note), reply.body(), null);
    }

    /**
     * Hands a safeguarding concern about a story (responseId null) or a reply to the safeguarding
     * lead and the administrators: recorded in the audit trail and e-mailed through the outbox. The
     * story or reply stays undecided.
     */
    public void escalate(long storyId, Long responseId, long moderatorId, String note, String text) {
        var decision = audit.record(storyId, responseId, moderatorId, responseId == null ? "ESCALATE" : "ESCALATE_REPLY",
                note, text, null);
        em.flush();
        outbox.enqueue(EscalationMail.KIND, decision.id());
    }

    private static void requireVersion(StoryResponse reply, Long seenVersion) {
        if (seenVersion != null && reply.version() != seenVersion) {
            throw new Conflict("Another moderator decided on this reply, or it changed, since you opened it. Reload it.");
        }
    }

    private static void requireVersion(Story story, Long seenVersion) {
        if (seenVersion != null && story.version() != seenVersion) {
            throw new Conflict("Another moderator decided on this story, or it changed, since you opened it. Reload it.");
        }
    }
}
