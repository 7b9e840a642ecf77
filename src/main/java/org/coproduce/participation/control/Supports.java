package org.coproduce.participation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.coproduce.participation.entity.Contribution;
import org.coproduce.participation.entity.Support;
import org.coproduce.platform.Settings;

/**
 * Support for a published proposal, once a person: the person is the holder of the participant
 * cookie (a random token; only its keyed hash is stored). Without cookies every request would be
 * a new person, so at most COPRODUCE_SUPPORT_RATE_LIMIT (60) supports an hour count from one
 * client address (429). Concurrent supports of one proposal meet on its version (retried).
 */
@ApplicationScoped
public class Supports {

    static final RateLimit LIMIT = new RateLimit(Settings.number("COPRODUCE_SUPPORT_RATE_LIMIT", 60));

    @PersistenceContext
    EntityManager em;

    @Inject
    Participations participations;

    @Inject
    Clock clock;

    /** True when this person had not supported the proposal yet (and now does). */
    public boolean support(Contribution proposal, String participantHash, String clientHash) {
        participations.mustBeOpen(proposal.changeId());
        if (supports(proposal, participantHash)) {
            return false;
        }
        Instant now = clock.instant();
        LIMIT.check(em.createQuery("select s.createdAt from Support s where s.clientHash = :h and s.createdAt > :since"
                + " order by s.createdAt", Instant.class).setParameter("h", clientHash)
                .setParameter("since", now.minus(Duration.ofHours(1))).getResultList(), now);
        proposal.supported();
        em.persist(new Support(proposal.id(), participantHash, clientHash, now));
        return true;
    }

    /** The person takes their support back (erasing it); false when there was none. */
    public boolean withdraw(Contribution proposal, String participantHash) {
        int removed = em.createQuery("delete from Support s where s.proposalId = :p and s.supporterHash = :h")
                .setParameter("p", proposal.id()).setParameter("h", participantHash).executeUpdate();
        if (removed > 0) {
            proposal.unsupported();
        }
        return removed > 0;
    }

    public boolean supports(Contribution proposal, String participantHash) {
        return em.createQuery("select count(s) from Support s where s.proposalId = :p and s.supporterHash = :h", Long.class)
                .setParameter("p", proposal.id()).setParameter("h", participantHash).getSingleResult() > 0;
    }

    /** Which of these proposals this person supports. */
    public java.util.Set<Long> supportedAmong(java.util.List<Long> proposalIds, String participantHash) {
        if (proposalIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(em.createQuery("select s.proposalId from Support s where s.supporterHash = :h"
                + " and s.proposalId in :ids", Long.class).setParameter("h", participantHash).setParameter("ids", proposalIds)
                .getResultList());
    }
}
