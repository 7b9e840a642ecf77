package org.coproduce.barriers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.platform.Retention;
import org.coproduce.platform.Settings;

/**
 * What barrier reports forget by age (docs/barriers.md): the keyed client hashes after 48 hours;
 * the reporter's address COPRODUCE_RETAIN_EMAIL_DAYS (365) after the report; rejected reports
 * COPRODUCE_RETAIN_REJECTED_DAYS (90) after the decision, whole, their photos first (through the
 * photo store: the database's foreign key would refuse the report otherwise).
 */
@ApplicationScoped
public class BarrierRetention implements Retention {

    static final int EMAIL_DAYS = Settings.number("COPRODUCE_RETAIN_EMAIL_DAYS", 365);
    static final int REJECTED_DAYS = Settings.number("COPRODUCE_RETAIN_REJECTED_DAYS", 90);

    @PersistenceContext
    EntityManager em;

    @Inject
    BarrierPhotos photos;

    @Override
    public Map<String, Integer> purge(Instant now) {
        var purged = new LinkedHashMap<String, Integer>();
        Timestamp twoDays = Timestamp.from(now.minus(Duration.ofHours(48)));
        purged.put("barrier client hashes", em.createNativeQuery("update barrier_report set client_hash = null where client_hash is not null"
                + " and submitted_at < ?").setParameter(1, twoDays).executeUpdate()
                + em.createNativeQuery("update barrier_met set client_hash = null where client_hash is not null and met_at < ?")
                        .setParameter(1, twoDays).executeUpdate());
        purged.put("barrier reporter addresses", em.createNativeQuery("update barrier_report set email = null where email is not null"
                + " and submitted_at < ?").setParameter(1, Timestamp.from(now.minus(Duration.ofDays(EMAIL_DAYS)))).executeUpdate());
        Timestamp rejectedBefore = Timestamp.from(now.minus(Duration.ofDays(REJECTED_DAYS)));
        @SuppressWarnings("unchecked")
        List<Object> rejected = em.createNativeQuery("select id from barrier_report where state = 'REJECTED' and decided_at < ?")
                .setParameter(1, rejectedBefore).getResultList();
        purged.put("photos of rejected barrier reports", rejected.stream().mapToInt(id -> photos.erase(((Number) id).longValue())).sum());
        purged.put("rejected barrier reports", em.createNativeQuery("delete from barrier_report where state = 'REJECTED' and decided_at < ?")
                .setParameter(1, rejectedBefore).executeUpdate());
        return purged;
    }
}
