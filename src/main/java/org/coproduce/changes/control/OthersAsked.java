package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.changes.entity.Difference;
import org.coproduce.platform.Digests;
import org.coproduce.stories.control.MeTooContacts;
import org.coproduce.stories.control.StoryWithdrawn;

/**
 * "Did it make a difference?" put to people who experienced a linked story too (they have no
 * follow page): one question per change and person, answered through a link of its own.
 */
@ApplicationScoped
public class OthersAsked {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeTooContacts meToo;

    public record Question(long changeId, String answer) {
    }

    /** A new question, or empty if this person was asked about this change before; returns the link's token. */
    public Optional<String> ask(long changeId, long contactId) {
        long asked = ((Number) em.createNativeQuery("select count(*) from difference_ask where change_id = ? and contact_id = ?")
                .setParameter(1, changeId).setParameter(2, contactId).getSingleResult()).longValue();
        if (asked > 0) {
            return Optional.empty();
        }
        String token = Digests.randomToken();
        em.createNativeQuery("insert into difference_ask (token_hash, change_id, contact_id, created_at) values (?, ?, ?, ?)")
                .setParameter(1, Digests.sha256(token)).setParameter(2, changeId).setParameter(3, contactId)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        return Optional.of(token);
    }

    @SuppressWarnings("unchecked")
    public Optional<Question> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("select change_id, answer from difference_ask where token_hash = ?")
                .setParameter(1, Digests.sha256(token)).getResultList();
        return rows.stream().findFirst().map(r -> new Question(((Number) r[0]).longValue(), (String) r[1]));
    }

    public void answer(String token, Difference answer) {
        em.createNativeQuery("update difference_ask set answer = ?, answered_at = ? where token_hash = ?")
                .setParameter(1, answer.name()).setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, Digests.sha256(token)).executeUpdate();
    }

    /** How many were asked about the change, and how many gave each answer. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> counts(long changeId) {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("asked", 0L);
        List<Object[]> rows = em.createNativeQuery("select answer, count(*) from difference_ask where change_id = ? group by answer")
                .setParameter(1, changeId).getResultList();
        for (Object[] r : rows) {
            long n = ((Number) r[1]).longValue();
            counts.merge("asked", n, Long::sum);
            if (r[0] != null) {
                counts.put((String) r[0], n);
            }
        }
        return counts;
    }

    /** Withdrawal: the questions to the story's "me too" people go before their addresses do (stories erases those next). */
    void erase(@Observes StoryWithdrawn withdrawn) {
        meToo.of(withdrawn.storyId()).forEach(contact -> em.createNativeQuery("delete from difference_ask where contact_id = ?")
                .setParameter(1, contact.id()).executeUpdate());
    }
}
