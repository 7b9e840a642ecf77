package org.coproduce.participation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.coproduce.participation.entity.Participation;

/**
 * Who took part in a change, as counts only: the people (distinct participant cookies among the
 * published proposals and comments and the supports of published proposals; once a closed
 * participation's hashes are forgotten, the count written then), proposals, comments and supports.
 */
@ApplicationScoped
public class Turnout {

    public record Counts(long people, long proposals, long comments, long supports) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Participations participations;

    public Counts of(long changeId) {
        var row = (Object[]) em.createNativeQuery("select"
                + " sum(case when proposal_id is null then 1 else 0 end), sum(case when proposal_id is null then 0 else 1 end),"
                + " sum(case when proposal_id is null then supports else 0 end)"
                + " from change_contribution where change_id = ? and status = 'PUBLISHED'").setParameter(1, changeId).getSingleResult();
        long people = participations.of(changeId).flatMap(Participation::people).map(Integer::longValue)
                .orElseGet(() -> people(changeId));
        return new Counts(people, number(row[0]), number(row[1]), number(row[2]));
    }

    /** Distinct participants now, from the hashes kept. */
    long people(long changeId) {
        return number(em.createNativeQuery("select count(distinct h) from ("
                + "select participant_hash h from change_contribution where change_id = ? and status = 'PUBLISHED'"
                + " union all select s.supporter_hash h from proposal_support s join change_contribution c on c.id = s.proposal_id"
                + " where c.change_id = ? and c.status = 'PUBLISHED') x where h is not null")
                .setParameter(1, changeId).setParameter(2, changeId).getSingleResult());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
