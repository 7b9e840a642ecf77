package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.changes.entity.Change;

/**
 * The register's changes of some organisations in one status, for the "you said, we did" pages:
 * made ones by the day they were made, others by when they were recorded, newest first. For a
 * service, those that name it or name no service (a change of the whole organisation).
 */
@ApplicationScoped
public class ChangeLists {

    @PersistenceContext
    EntityManager em;

    /** At most {@code limit} changes, and how many there are in all. */
    public record Listed(List<Change> changes, long total) {
    }

    public Listed list(Set<Long> organisations, Optional<Long> service, String status, int limit) {
        if (organisations.isEmpty() || !Change.STATUSES.contains(status)) {
            return new Listed(List.of(), 0);
        }
        String ids = organisations.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        String where = " from service_change c where c.organisation_id in (" + ids + ") and c.status = ?"
                + service.map(s -> " and (exists (select 1 from change_service cs where cs.change_id = c.id and cs.service_id = ?)"
                        + " or not exists (select 1 from change_service cs where cs.change_id = c.id))").orElse("");
        String order = Change.MADE.equals(status) ? " order by c.made_on desc, c.id desc" : " order by c.created_at desc, c.id desc";
        var select = em.createNativeQuery("select c.id" + where + order).setParameter(1, status).setMaxResults(limit);
        var count = em.createNativeQuery("select count(*)" + where).setParameter(1, status);
        service.ifPresent(s -> {
            select.setParameter(2, s);
            count.setParameter(2, s);
        });
        List<?> found = select.getResultList();
        var changes = found.stream().map(id -> em.find(Change.class, ((Number) id).longValue())).toList();
        return new Listed(changes, ((Number) count.getSingleResult()).longValue());
    }
}
