package org.coproduce.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.coproduce.background.control.Outbox;
import org.coproduce.moderation.entity.Decision;
import org.coproduce.responses.control.ResponseRevised;
import org.coproduce.stories.control.StoryReleased;
import org.coproduce.routing.control.RouteChanged;
import org.coproduce.stories.control.StoryWithdrawn;

/** The audit trail: every decision, kept; on withdrawal the texts go, the facts stay. */
@ApplicationScoped
public class Audit {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    public Decision record(long storyId, Long responseId, Long moderatorId, String action, String reason, String before, String after) {
        var decision = new Decision(storyId, responseId, moderatorId, action, reason, before, after, clock.instant());
        em.persist(decision);
        return decision;
    }

    public java.util.Optional<Decision> find(long id) {
        return java.util.Optional.ofNullable(em.find(Decision.class, id));
    }

    public List<Decision> of(long storyId) {
        return em.createQuery("select d from Decision d where d.storyId = :s order by d.decidedAt, d.id", Decision.class)
                .setParameter("s", storyId).getResultList();
    }

    /** A responder edited or withdrew their response, or the screening held it: the responder is who acted. */
    void revised(@Observes ResponseRevised r) {
        record(r.storyId(), r.responseId(), r.accountId(), r.action(), r.reason(), r.before(), r.after());
    }

    /** A held story became public: who released it (null: the release job) and how. */
    void released(@Observes StoryReleased r) {
        record(r.storyId(), null, r.accountId(), "RELEASE", r.how(), null, null);
    }

    /** Routing by hand, an assignment or a staff note (never its text): who acted, in the story's trail. */
    void routeChanged(@Observes RouteChanged r) {
        record(r.storyId(), null, r.accountId(), r.action(), r.detail(), null, null);
    }

    void erase(@Observes StoryWithdrawn withdrawn) {
        var decisions = of(withdrawn.storyId());
        decisions.forEach(Decision::eraseTexts);
        outbox.forget(EscalationMail.KIND, decisions.stream().map(Decision::id).toList());
        record(withdrawn.storyId(), null, null, "WITHDRAWN", null, null, null);
    }
}
