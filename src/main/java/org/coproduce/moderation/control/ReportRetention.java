package org.coproduce.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.platform.Retention;
import org.coproduce.platform.Settings;

/**
 * Reports are kept while open, and deleted COPRODUCE_REPORT_DAYS (180) after a moderator decided
 * (the audit trail keeps the fact and the reason code, not the reporter's words or client hash).
 */
@ApplicationScoped
public class ReportRetention implements Retention {

    static final Duration KEPT = Duration.ofDays(Settings.number("COPRODUCE_REPORT_DAYS", 180));

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, Integer> purge(Instant now) {
        var purged = new LinkedHashMap<String, Integer>();
        purged.put("decided reports", em.createQuery("delete from Report r where r.decidedAt is not null and r.decidedAt < :t")
                .setParameter("t", now.minus(KEPT)).executeUpdate());
        return purged;
    }
}
