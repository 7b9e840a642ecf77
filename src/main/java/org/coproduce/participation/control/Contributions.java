package org.coproduce.participation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coproduce.analysis.control.Screening;
import org.coproduce.moderation.control.ItemAudit;
import org.coproduce.moderation.entity.ItemDecision;
import org.coproduce.participation.entity.Contribution;
import org.coproduce.platform.Digests;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.platform.Settings;
import org.coproduce.problems.NotFound;
import org.coproduce.stories.entity.IllegalTransition;

/**
 * Proposals and comments: taken while the change is open, screened at once for personal data and
 * safeguarding terms (the analysis component's {@link Screening}, as a fast-tracked response is),
 * and held for a moderator whatever the screening found. Their author gets a token that erases
 * them; only its SHA-256 is kept. At most COPRODUCE_PARTICIPATION_RATE_LIMIT (20) an hour from one
 * client (429).
 */
@ApplicationScoped
public class Contributions {

    static final RateLimit LIMIT = new RateLimit(Settings.number("COPRODUCE_PARTICIPATION_RATE_LIMIT", 20));

    @PersistenceContext
    EntityManager em;

    @Inject
    Participations participations;

    @Inject
    Screening screening;

    @Inject
    Clock clock;

    @Inject
    ItemAudit audit;

    /** What a proposal or comment was taken as, with the token that erases it (given only now). */
    public record Taken(Contribution contribution, String token) {
    }

    public record Text(String body, String displayName, String language) {
    }

    public Taken propose(long changeId, Text text, String participantHash, String clientHash) {
        participations.mustBeOpen(changeId);
        return take(changeId, null, text, participantHash, clientHash);
    }

    public Taken comment(Contribution proposal, Text text, String participantHash, String clientHash) {
        if (!proposal.isProposal() || !proposal.published()) {
            throw new NotFound("proposal", String.valueOf(proposal.id()));
        }
        participations.mustBeOpen(proposal.changeId());
        return take(proposal.changeId(), proposal.id(), text, participantHash, clientHash);
    }

    private Taken take(long changeId, Long proposalId, Text text, String participantHash, String clientHash) {
        Instant now = clock.instant();
        LIMIT.check(em.createQuery("select c.createdAt from Contribution c where c.clientHash = :h and c.createdAt > :since"
                + " order by c.createdAt", Instant.class).setParameter("h", clientHash)
                .setParameter("since", now.minus(Duration.ofHours(1))).getResultList(), now);
        String all = text.body() + "\n" + (text.displayName() == null ? "" : text.displayName());
        var findings = screening.screen(all, text.language());
        if (findings.clean()) { // a phone number or postcode of the other country's format
            findings = screening.screen(all, "de".equals(text.language()) ? "en" : "de");
        }
        String token = Digests.randomToken();
        var contribution = new Contribution(changeId, proposalId, text.body(), text.displayName(), text.language(),
                findings.clean() ? null : findings.summary(), Digests.sha256(token), participantHash, clientHash, now);
        em.persist(contribution);
        em.flush();
        return new Taken(contribution, token);
    }

    public Optional<Contribution> find(long id) {
        return Optional.ofNullable(em.find(Contribution.class, id));
    }

    /** A published proposal, or 404. */
    public Contribution publishedProposal(long id) {
        return find(id).filter(c -> c.isProposal() && c.published())
                .orElseThrow(() -> new NotFound("proposal", String.valueOf(id)));
    }

    /** The moderators' queue: contributions awaiting a decision, oldest first. */
    public Page<Contribution> pending(Paging paging) {
        var items = em.createQuery("select c from Contribution c where c.status = :s order by c.createdAt, c.id", Contribution.class)
                .setParameter("s", Contribution.Status.PENDING).setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultList();
        long total = em.createQuery("select count(c) from Contribution c where c.status = :s", Long.class)
                .setParameter("s", Contribution.Status.PENDING).getSingleResult();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    public void publish(Contribution contribution, Optional<Long> version, String editedBody, long moderator) {
        checkVersion(contribution, version);
        boolean edited = editedBody != null && !editedBody.equals(contribution.body());
        contribution.publish(editedBody, moderator, clock.instant());
        audit.decided(kind(contribution), contribution.id(), moderator, edited ? "EDIT_PUBLISH" : "PUBLISH", null);
    }

    public void reject(Contribution contribution, Optional<Long> version, String reason, long moderator) {
        checkVersion(contribution, version);
        contribution.reject(reason, moderator, clock.instant());
        audit.decided(kind(contribution), contribution.id(), moderator, "REJECT", reason);
    }

    /** Its kind in the moderation audit trail. */
    private static String kind(Contribution contribution) {
        return contribution.isProposal() ? ItemDecision.PROPOSAL : ItemDecision.COMMENT;
    }

    private static void checkVersion(Contribution contribution, Optional<Long> version) {
        if (version.isPresent() && version.get() != contribution.version()) {
            throw new IllegalTransition("This contribution changed since you opened it. Reload it.");
        }
    }

    /** The published proposals of the change, most supported first, then oldest. */
    public List<Contribution> proposals(long changeId) {
        return em.createQuery("select c from Contribution c where c.changeId = :c and c.proposalId is null and c.status = :s"
                + " order by c.supports desc, c.publishedAt, c.id", Contribution.class).setParameter("c", changeId)
                .setParameter("s", Contribution.Status.PUBLISHED).getResultList();
    }

    /** The published comments on the change's proposals, oldest first. */
    public List<Contribution> comments(long changeId) {
        return em.createQuery("select c from Contribution c where c.changeId = :c and c.proposalId is not null and c.status = :s"
                + " order by c.publishedAt, c.id", Contribution.class).setParameter("c", changeId)
                .setParameter("s", Contribution.Status.PUBLISHED).getResultList();
    }

    /**
     * Erasure by its author (the token given when it was taken): the proposal or comment goes, a
     * proposal with its comments and supports. False for a token that erases nothing.
     */
    public boolean erase(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        var found = em.createQuery("select c from Contribution c where c.authorHash = :h", Contribution.class)
                .setParameter("h", Digests.sha256(token.strip())).getResultStream().findFirst();
        found.ifPresent(this::erase);
        return found.isPresent();
    }

    private void erase(Contribution contribution) {
        audit.forget(kind(contribution), List.of(contribution.id()));
        if (contribution.isProposal()) {
            audit.forget(ItemDecision.COMMENT, em.createQuery("select c.id from Contribution c where c.proposalId = :p", Long.class)
                    .setParameter("p", contribution.id()).getResultList());
            em.createQuery("delete from Support s where s.proposalId = :p").setParameter("p", contribution.id()).executeUpdate();
            em.createQuery("delete from Contribution c where c.proposalId = :p").setParameter("p", contribution.id()).executeUpdate();
        }
        em.remove(contribution);
    }
}
