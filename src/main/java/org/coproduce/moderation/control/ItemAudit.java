package org.coproduce.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.moderation.entity.ItemDecision;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.platform.Retention;
import org.coproduce.platform.Settings;

/**
 * The audit trail of decisions on proposals, comments and barrier reports, written by the
 * components that decide (participation, barriers) in their decision's transaction. The reasons
 * are erased with the item (its author erases it) and after COPRODUCE_RETAIN_REJECTED_DAYS (90),
 * as long as rejected items are kept; the facts (who, when, what) stay.
 */
@ApplicationScoped
public class ItemAudit implements Retention {

    static final Duration REASONS = Duration.ofDays(Settings.number("COPRODUCE_RETAIN_REJECTED_DAYS", 90));
    static final String ERASED = "[erased]";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A moderator's decision on the item: {@code action} PUBLISH, EDIT_PUBLISH or REJECT, with the reason given (or null). */
    public void decided(String itemKind, long itemId, long moderatorId, String action, String reason) {
        if (!ItemDecision.KINDS.contains(itemKind)) {
            throw new IllegalArgumentException("no such item kind: " + itemKind);
        }
        em.persist(new ItemDecision(itemKind, itemId, moderatorId, action, reason, clock.instant()));
    }

    /** What the item's author did that a moderator must be able to trace (a barrier reporter took a photo back): no moderator, no reason. */
    public void byAuthor(String itemKind, long itemId, String action) {
        if (!ItemDecision.KINDS.contains(itemKind)) {
            throw new IllegalArgumentException("no such item kind: " + itemKind);
        }
        em.persist(new ItemDecision(itemKind, itemId, null, action, null, clock.instant()));
    }

    /** The trail, newest first, of these kinds of item. */
    public Page<ItemDecision> recent(Collection<String> kinds, Paging paging) {
        var items = em.createQuery("select d from ItemDecision d where d.itemKind in :k order by d.decidedAt desc, d.id desc",
                ItemDecision.class).setParameter("k", kinds).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(d) from ItemDecision d where d.itemKind in :k", Long.class)
                .setParameter("k", kinds).getSingleResult();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    /** Erasure of the items (their author erased them): the reasons go, the facts stay. */
    public void forget(String itemKind, Collection<Long> itemIds) {
        if (!itemIds.isEmpty()) {
            em.createQuery("update ItemDecision d set d.reason = :erased where d.itemKind = :k and d.itemId in :ids and d.reason is not null")
                    .setParameter("erased", ERASED).setParameter("k", itemKind).setParameter("ids", itemIds).executeUpdate();
        }
    }

    @Override
    public Map<String, Integer> purge(Instant now) {
        var purged = new LinkedHashMap<String, Integer>();
        purged.put("moderation reasons on proposals, comments and barriers", em.createQuery("update ItemDecision d set d.reason = :erased"
                + " where d.reason is not null and d.reason <> :erased and d.decidedAt < :before").setParameter("erased", ERASED)
                .setParameter("before", now.minus(REASONS)).executeUpdate());
        return purged;
    }
}
