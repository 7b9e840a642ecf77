package org.coproduce.barriers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.coproduce.background.control.Outbox;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.barriers.entity.ModerationState;
import org.coproduce.moderation.control.ItemAudit;
import org.coproduce.moderation.entity.ItemDecision;
import org.coproduce.platform.Digests;

/**
 * Erasure on the reporter's request (Art. 17), through the private link they were given with the
 * report: a random token of which only the SHA-256 is kept, as the stories' follow token. A report
 * never published (awaiting moderation, rejected) is deleted whole; a published one becomes a
 * tombstone ({@link BarrierReport#withdraw()}): no words, no exact point, no address, out of
 * public view, its photos and "met this too" rows deleted, the reasons in the trail of decisions on it
 * (a moderator's words on a removed photo) erased; its category, public point, routing and the
 * organisations' status history stay (the organisations' own record). The link then works no more.
 */
@ApplicationScoped
public class BarrierErasure {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    BarrierPhotos photos;

    @Inject
    ItemAudit audit;

    /** A fresh link for a new report: the token to give the reporter; only its hash is kept. */
    public String link(BarrierReport barrier) {
        String token = Digests.randomToken();
        barrier.erasableWith(Digests.sha256(token));
        return token;
    }

    /** The report this link erases, while not erased yet. */
    public Optional<BarrierReport> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select b from BarrierReport b where b.eraseTokenHash = :h", BarrierReport.class)
                .setParameter("h", Digests.sha256(token)).getResultStream().findFirst();
    }

    public void erase(BarrierReport barrier) {
        long id = barrier.id();
        List<Long> changes = em.createQuery("select c.id from StatusChange c where c.barrierId = :b", Long.class)
                .setParameter("b", id).getResultList();
        em.createNativeQuery("delete from barrier_met where barrier_id = ?").setParameter(1, id).executeUpdate();
        photos.erase(id);
        audit.forget(ItemDecision.BARRIER, List.of(id));
        outbox.forget(BarrierAlertMail.KIND, List.of(id));
        outbox.forget(BarrierStatusMail.KIND, changes);
        if (barrier.state() == ModerationState.PUBLISHED) {
            barrier.withdraw();
        } else {
            em.remove(barrier);
        }
        em.flush();
    }
}
