package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Addresses of people who experienced a story too and want to hear whether a change made a difference. */
@ApplicationScoped
public class MeTooContacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** An address and the language of the page it was left on ("en", "de"; null when left before that was kept). */
    public record Contact(long id, String email, String language) {
    }

    /** Once per story and address (case-insensitive); runs in the caller's transaction. */
    public void add(long storyId, String email, String language) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        long known = ((Number) em.createNativeQuery("select count(*) from me_too_contact where story_id = ? and email = ?")
                .setParameter(1, storyId).setParameter(2, address).getSingleResult()).longValue();
        if (known == 0) {
            em.createNativeQuery("insert into me_too_contact (story_id, email, created_at, language) values (?, ?, ?, ?)")
                    .setParameter(1, storyId).setParameter(2, address).setParameter(3, Timestamp.from(clock.instant()))
                    .setParameter(4, language).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public List<Contact> of(long storyId) {
        List<Object[]> rows = em.createNativeQuery("select id, email, language from me_too_contact where story_id = ? order by id")
                .setParameter(1, storyId).getResultList();
        return rows.stream().map(r -> new Contact(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    /** Erasure with the story: its "me too" addresses go (the changes component drops its questions to them first). */
    public void erase(long storyId) {
        em.createNativeQuery("delete from me_too_contact where story_id = ?").setParameter(1, storyId).executeUpdate();
    }
}
