package org.coproduce.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.coproduce.moderation.entity.Reason;
import org.coproduce.moderation.entity.ReasonChange;
import org.coproduce.moderation.entity.ReasonWording;
import org.coproduce.problems.Conflict;
import org.coproduce.problems.NotFound;

/**
 * The library of moderation reasons. Every change names the version the administrator saw (a
 * stale one is refused with 409) and leaves a line in moderation_reason_change. A rejection copies
 * the reason's text, so deleting or rewording a reason never changes what a storyteller was told.
 */
@ApplicationScoped
public class Reasons {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<Reason> all() {
        return em.createQuery("select r from Reason r order by r.position, r.code", Reason.class).getResultList();
    }

    public Optional<Reason> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Reason.class, code));
    }

    public Reason create(String code, ReasonWording wording, long adminId) {
        if (find(code).isPresent()) {
            throw new Conflict("A reason with this code exists already.");
        }
        var reason = new Reason(code, wording, clock.instant());
        em.persist(reason);
        record(code, adminId, "CREATE", null, wording.asText());
        em.flush();
        return reason;
    }

    public Reason change(String code, long seenVersion, ReasonWording wording, long adminId) {
        var reason = existing(code, seenVersion);
        String before = reason.wording().asText();
        reason.change(wording, clock.instant());
        record(code, adminId, "UPDATE", before, wording.asText());
        em.flush();
        return reason;
    }

    public void delete(String code, long seenVersion, long adminId) {
        var reason = existing(code, seenVersion);
        record(code, adminId, "DELETE", reason.wording().asText(), null);
        em.remove(reason);
    }

    public List<ReasonChange> changes(String code) {
        return em.createQuery("select c from ReasonChange c where c.reasonCode = :code order by c.changedAt, c.id",
                ReasonChange.class).setParameter("code", code).getResultList();
    }

    private Reason existing(String code, long seenVersion) {
        var reason = find(code).orElseThrow(() -> new NotFound("reason", code));
        if (reason.version() != seenVersion) {
            throw new Conflict("Someone changed this reason since you opened it. Reload it.");
        }
        return reason;
    }

    private void record(String code, long adminId, String action, String before, String after) {
        em.persist(new ReasonChange(code, adminId, action, before, after, clock.instant()));
    }
}
