package org.coproduce.participation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.participation.entity.Contribution;
import org.coproduce.participation.entity.Participation;
import org.coproduce.platform.Retention;
import org.coproduce.platform.Settings;

/**
 * What participation forgets: the client hashes of the rate limits after
 * COPRODUCE_RETAIN_CLIENT_HASH_HOURS (48); rejected proposals and comments (text and chosen name)
 * COPRODUCE_RETAIN_REJECTED_DAYS (90) after the decision; the participant hashes (cookie tokens) of a
 * change COPRODUCE_RETAIN_SUPPORT_DAYS (180) after its participation closed, once the number of
 * people who took part is written down; sent milestone notices after COPRODUCE_RETAIN_OUTBOX_DAYS (7).
 */
@ApplicationScoped
public class ParticipationRetention implements Retention {

    static final Duration CLIENT_HASH = Duration.ofHours(Settings.number("COPRODUCE_RETAIN_CLIENT_HASH_HOURS", 48));
    static final Duration REJECTED = Duration.ofDays(Settings.number("COPRODUCE_RETAIN_REJECTED_DAYS", 90));
    static final Duration PARTICIPANTS = Duration.ofDays(Settings.number("COPRODUCE_RETAIN_SUPPORT_DAYS", 180));
    static final Duration NOTICES = Duration.ofDays(Settings.number("COPRODUCE_RETAIN_OUTBOX_DAYS", 7));

    @PersistenceContext
    EntityManager em;

    @Inject
    Turnout turnout;

    @Override
    public Map<String, Integer> purge(Instant now) {
        var purged = new LinkedHashMap<String, Integer>();
        purged.put("participation client hashes", em.createQuery("update Contribution c set c.clientHash = null"
                + " where c.clientHash is not null and c.createdAt < :before").setParameter("before", now.minus(CLIENT_HASH))
                .executeUpdate() + em.createQuery("update Support s set s.clientHash = null where s.clientHash is not null"
                + " and s.createdAt < :before").setParameter("before", now.minus(CLIENT_HASH)).executeUpdate());
        purged.put("rejected proposals and comments", em.createQuery("delete from Contribution c where c.status = :s"
                + " and c.decidedAt < :before").setParameter("s", Contribution.Status.REJECTED)
                .setParameter("before", now.minus(REJECTED)).executeUpdate());
        purged.put("participant hashes", forgetParticipants(now));
        purged.put("milestone notices", em.createQuery("delete from MilestoneNotice n where n.emailedAt < :before")
                .setParameter("before", now.minus(NOTICES)).executeUpdate());
        return purged;
    }

    private int forgetParticipants(Instant now) {
        var closed = em.createQuery("select p from Participation p where p.open = false and p.closedAt < :before and p.people is null",
                Participation.class).setParameter("before", now.minus(PARTICIPANTS)).getResultList();
        int forgotten = 0;
        for (var participation : closed) {
            participation.counted((int) turnout.people(participation.changeId()));
            forgotten += em.createQuery("update Contribution c set c.participantHash = null where c.changeId = :c")
                    .setParameter("c", participation.changeId()).executeUpdate();
            forgotten += em.createQuery("update Support s set s.supporterHash = null where s.proposalId in"
                    + " (select c.id from Contribution c where c.changeId = :c)").setParameter("c", participation.changeId())
                    .executeUpdate();
        }
        return forgotten;
    }
}
