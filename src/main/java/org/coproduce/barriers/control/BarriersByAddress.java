package org.coproduce.barriers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.barriers.entity.ModerationState;
import org.coproduce.platform.ErasableByAddress;

/**
 * The barrier reports sent with an address (while it is kept), for the erasure request without
 * the private link (erase.html, asked by the stories component through {@link ErasableByAddress}):
 * listed by place and description, erased exactly as the private link erases one ({@link BarrierErasure}).
 */
@ApplicationScoped
public class BarriersByAddress implements ErasableByAddress {

    public static final String KIND = "barrier";

    @PersistenceContext
    EntityManager em;

    @Inject
    BarrierErasure erasure;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Long> sentWith(String address) {
        return em.createQuery("select b.id from BarrierReport b where lower(b.email) = :a and b.state <> :withdrawn order by b.id",
                Long.class).setParameter("a", address).setParameter("withdrawn", ModerationState.WITHDRAWN).setMaxResults(100)
                .getResultList();
    }

    @Override
    public Optional<String> address(List<Long> ids) {
        return reports(ids).stream().map(BarrierReport::email).filter(Objects::nonNull).findFirst();
    }

    @Override
    public List<Erasable> listed(List<Long> ids) {
        return reports(ids).stream().map(b -> new Erasable(b.id(), b.place(), Erasable.excerpt(b.description()), b.state().name(),
                b.submittedAt())).toList();
    }

    @Override
    public int erase(List<Long> ids) {
        var reports = reports(ids);
        reports.forEach(erasure::erase);
        return reports.size();
    }

    /** The reports with these ids not withdrawn, in one query, in the ids' order. */
    private List<BarrierReport> reports(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, BarrierReport> found = em.createQuery("select b from BarrierReport b where b.id in :ids and b.state <> :withdrawn",
                BarrierReport.class).setParameter("ids", ids).setParameter("withdrawn", ModerationState.WITHDRAWN).getResultStream()
                .collect(Collectors.toMap(BarrierReport::id, b -> b));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}
