package org.coproduce.responses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.coproduce.analysis.control.Screening;
import org.coproduce.background.control.Outbox;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.platform.Settings;
import org.coproduce.providers.control.Directory;
import org.coproduce.responses.entity.ChangeRecord;
import org.coproduce.responses.entity.StoryResponse;
import org.coproduce.routing.control.Routes;
import org.coproduce.stories.control.Conversation;
import org.coproduce.stories.control.ConversationEntry;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.StoryWithdrawn;
import org.coproduce.stories.entity.Progress;
import org.coproduce.stories.entity.Story;

/**
 * Responses and replies: writing, fast-track (after the screening found nothing), publishing with its
 * effect on the story's progress, and the author's edit and withdrawal.
 */
@ApplicationScoped
public class Responding implements Conversation {

    static final int FAST_TRACK_AFTER = Settings.number("COPRODUCE_FASTTRACK_AFTER", 3);

    @PersistenceContext
    EntityManager em;

    @Inject
    Stories stories;

    @Inject
    Routes routes;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Event<ResponsePublished> published;

    @Inject
    ChangeLog changeLog;

    @Inject
    Screening screening;

    @Inject
    Event<ResponseRevised> revised;

    @Inject
    Event<ResponseWithdrawn> withdrawn;

    /**
     * A responder's response: published at once once they have enough clean ones and the screening
     * finds no personal data and no safeguarding concern in it; else moderated (a fast-tracked one
     * held by the screening says why in the audit trail).
     */
    public StoryResponse respond(Story story, ResponderInfo responder, String text, ChangeRecord change) {
        var response = StoryResponse.byProvider(story.id(), responder.accountId(), responder.name(), responder.title(),
                responder.organisationId(), text, change, clock.instant()).writtenIn(responder.language());
        em.persist(response);
        if (fastTracked(responder.accountId())) {
            var findings = screening.screen(text, responder.language());
            if (findings.clean()) {
                publish(response);
            } else {
                em.flush();
                revised.fire(new ResponseRevised(story.id(), response.id(), responder.accountId(), ResponseRevised.HOLD,
                        findings.summary(), null, text));
            }
        }
        em.flush();
        return response;
    }

    /**
     * The author's edit. A published response keeps its public text until a moderator approves the
     * edit, unless the author is fast-tracked and the screening finds nothing in it: then it changes at
     * once and shows "edited". One still waiting is simply rewritten (and published, when its
     * fast-tracked author took out what held it). The audit trail keeps the text before and after.
     */
    public void edit(StoryResponse response, long accountId, String text) {
        String before = response.body();
        boolean waiting = StoryResponse.PENDING.equals(response.status());
        var findings = screening.screen(text, response.writtenIn());
        boolean atOnce = findings.clean() && fastTracked(accountId);
        response.edit(text, atOnce, clock.instant());
        String reason = findings.clean() ? null : "held: " + findings.summary();
        revised.fire(new ResponseRevised(response.storyId(), response.id(), accountId, ResponseRevised.EDIT, reason, before, text));
        if (waiting && atOnce) {
            publish(response);
        }
        em.flush();
    }

    /** The author takes a response back: gone from public; the figures are counted again; the trail keeps its text. */
    public void withdraw(StoryResponse response, long accountId) {
        boolean wasPublic = StoryResponse.PUBLISHED.equals(response.status());
        response.withdraw(clock.instant());
        revised.fire(new ResponseRevised(response.storyId(), response.id(), accountId, ResponseRevised.WITHDRAW, null,
                response.body(), null));
        if (wasPublic) {
            withdrawn.fire(new ResponseWithdrawn(response.storyId()));
        }
        em.flush();
    }

    /** An author's own responses to a story, not withdrawn, oldest first. */
    public List<StoryResponse> mine(long storyId, long accountId) {
        return em.createQuery("select r from StoryResponse r where r.storyId = :s and r.authorId = :a and r.status <> :w"
                + " order by r.createdAt, r.id", StoryResponse.class).setParameter("s", storyId).setParameter("a", accountId)
                .setParameter("w", StoryResponse.WITHDRAWN).getResultList();
    }

    boolean fastTracked(long accountId) {
        return publishedBy(accountId) >= FAST_TRACK_AFTER;
    }

    /**
     * Routes are updated (and flushed) before the story: the escalation timer locks a route before
     * it reads the story, so taking them in the same order cannot deadlock with it.
     */
    public void publish(StoryResponse response) {
        if (StoryResponse.PUBLISHED.equals(response.status())) {
            response.publish(clock.instant());  // an approved edit: the public text changes, nothing else does
            return;
        }
        response.publish(clock.instant());
        if (StoryResponse.PROVIDER.equals(response.kind())) {
            routes.answeredBy(response.storyId(), Set.of(response.organisationId()));
            em.flush();
            stories.find(response.storyId()).orElseThrow().advance(Progress.RESPONDED);
            register(response);
            published.fire(new ResponsePublished(response.storyId(), response.id()));
        }
    }

    /** A change the response records goes into the register, which moves the story on to change planned or made. */
    public void register(StoryResponse response) {
        var change = response.change();
        if (change != null) {
            changeLog.recorded(new ChangeLog.Recorded(response.organisationId(), response.storyId(), response.authorId(),
                    change.kind(), change.description(), response.publishedAt()));
        }
    }

    long publishedBy(long accountId) {
        return em.createQuery("select count(r) from StoryResponse r where r.authorId = :a and r.status = :p", Long.class)
                .setParameter("a", accountId).setParameter("p", StoryResponse.PUBLISHED).getSingleResult();
    }

    public java.util.Optional<StoryResponse> find(long id) {
        return java.util.Optional.ofNullable(em.find(StoryResponse.class, id));
    }

    public Page<StoryResponse> pending(Paging paging) {
        var items = em.createQuery("select r from StoryResponse r where r.status = :p or r.pendingBody is not null"
                + " order by r.createdAt, r.id", StoryResponse.class)
                .setParameter("p", StoryResponse.PENDING).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(r) from StoryResponse r where r.status = :p or r.pendingBody is not null", Long.class)
                .setParameter("p", StoryResponse.PENDING).getSingleResult();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    @Override
    public List<ConversationEntry> published(long storyId) {
        return em.createQuery("select r from StoryResponse r where r.storyId = :s and r.status = :p order by r.publishedAt, r.id",
                StoryResponse.class).setParameter("s", storyId).setParameter("p", StoryResponse.PUBLISHED)
                .getResultList().stream().map(this::entry).toList();
    }

    @Override
    public List<ConversationEntry> forStoryteller(long storyId) {
        return em.createQuery("select r from StoryResponse r where r.storyId = :s and (r.status = :p or"
                + " (r.kind = :storyteller and r.status = :pending)) order by r.createdAt, r.id", StoryResponse.class)
                .setParameter("s", storyId).setParameter("p", StoryResponse.PUBLISHED)
                .setParameter("storyteller", StoryResponse.STORYTELLER).setParameter("pending", StoryResponse.PENDING)
                .getResultList().stream().map(this::entry).toList();
    }

    @Override
    public void storytellerReplies(Story story, String text) {
        em.persist(StoryResponse.byStoryteller(story.id(), text, clock.instant()).writtenIn(story.toldIn()));
    }

    @Override
    public void eraseStorytellerReplies(long storyId) {
        em.createQuery("select r from StoryResponse r where r.storyId = :s and r.kind = :k", StoryResponse.class)
                .setParameter("s", storyId).setParameter("k", StoryResponse.STORYTELLER).getResultList()
                .forEach(StoryResponse::erase);
    }

    public ConversationEntry entry(StoryResponse r) {
        return entry(r, r.body(), r.status());
    }

    /** As a moderator decides on it: the author's edit, when one waits, in place of the public text (and PENDING). */
    public ConversationEntry underReview(StoryResponse r) {
        return entry(r, r.textUnderReview(), r.awaitsModeration() ? StoryResponse.PENDING : r.status());
    }

    private ConversationEntry entry(StoryResponse r, String text, String status) {
        String organisation = r.organisationId() == null ? null
                : directory.organisation(r.organisationId()).map(o -> o.name()).orElse(null);
        var change = r.change() == null ? null : new ConversationEntry.Change(r.change().kind(), r.change().description());
        return new ConversationEntry(r.id(), r.storyId(), r.kind(), r.authorName(), r.authorTitle(), organisation, text, change,
                status, r.publishedAt(), r.helpfulCount(), r.writtenIn(), r.editedAt());
    }

    /** Withdrawal: the answers under the story lose their words, the e-mails about them their error texts. */
    void erase(@Observes StoryWithdrawn withdrawn) {
        em.createQuery("select r from StoryResponse r where r.storyId = :s", StoryResponse.class)
                .setParameter("s", withdrawn.storyId()).getResultList().forEach(StoryResponse::eraseText);
        outbox.forget(ResponseMail.KIND, List.of(withdrawn.storyId()));
    }
}
