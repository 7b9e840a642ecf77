package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.stories.entity.StoryStatus;

/** When stories were submitted, for the moderation figures: counts per period and the times of given stories. */
@ApplicationScoped
public class StorySubmissions {

    static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    /** Stories submitted in [from, to), in any state now. */
    public long between(Instant from, Instant to) {
        return em.createQuery("select count(s) from Story s where s.submittedAt >= :from and s.submittedAt < :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Stories submitted before the instant, in any state now. */
    public long before(Instant to) {
        return em.createQuery("select count(s) from Story s where s.submittedAt < :to", Long.class)
                .setParameter("to", to).getSingleResult();
    }

    /** Stories awaiting moderation now. */
    public long waiting() {
        return em.createQuery("select count(s) from Story s where s.status = :received", Long.class)
                .setParameter("received", StoryStatus.RECEIVED).getSingleResult();
    }

    /** The submission time of each of the stories that still exists. */
    public Map<Long, Instant> submittedAt(Collection<Long> ids) {
        var times = new HashMap<Long, Instant>();
        var all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Object[]> rows = em.createQuery("select s.id, s.submittedAt from Story s where s.id in :ids", Object[].class)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK))).getResultList();
            rows.forEach(r -> times.put(((Number) r[0]).longValue(), (Instant) r[1]));
        }
        return times;
    }
}
