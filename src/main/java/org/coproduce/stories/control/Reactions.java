package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;

/** "Me too" and "helpful": once per subject and client (a keyed hash, not an address). */
@ApplicationScoped
public class Reactions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** True when this client had not reacted to this subject before. */
    public boolean once(String kind, long subjectId, String clientHash) {
        long existing = ((Number) em.createNativeQuery("select count(*) from reaction where subject_kind = ?"
                + " and subject_id = ? and client_hash = ?")
                .setParameter(1, kind).setParameter(2, subjectId).setParameter(3, clientHash).getSingleResult()).longValue();
        if (existing > 0) {
            return false;
        }
        em.createNativeQuery("insert into reaction (subject_kind, subject_id, client_hash, created_at) values (?, ?, ?, ?)")
                .setParameter(1, kind).setParameter(2, subjectId).setParameter(3, clientHash)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        return true;
    }

    /** Erasure: the reactions to these subjects go with them. */
    public void erase(String kind, Collection<Long> subjectIds) {
        for (long id : subjectIds) {
            em.createNativeQuery("delete from reaction where subject_kind = ? and subject_id = ?")
                    .setParameter(1, kind).setParameter(2, id).executeUpdate();
        }
    }
}
