package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.background.control.Outbox;
import org.coproduce.platform.Digests;
import org.coproduce.platform.Settings;

/**
 * Addresses of people who experienced a story too and want to hear whether a change made a
 * difference. Double opt-in: a new address gets one e-mail, the confirmation
 * ({@link MeTooConfirmationMail}); only a confirmed address is written to about anything else
 * ({@link #of}). An unconfirmed address is erased after {@link #CONFIRM_DAYS} days (retention), and
 * its link no longer confirms. Erasing an address keeps the row (the answers given through it stay
 * counted) without the address.
 */
@ApplicationScoped
public class MeTooContacts {

    /** How long a confirmation link works, and an unconfirmed address is kept (COPRODUCE_RETAIN_UNCONFIRMED_DAYS). */
    public static final int CONFIRM_DAYS = Settings.number("COPRODUCE_RETAIN_UNCONFIRMED_DAYS", 7);

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** An address and the language of the page it was left on ("en", "de"; null when left before that was kept). */
    public record Contact(long id, String email, String language) {
    }

    /**
     * Once per story and address (case-insensitive): a new one is kept unconfirmed and sent the
     * confirmation; runs in the caller's transaction.
     */
    public void add(long storyId, String email, String language) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        long known = ((Number) em.createNativeQuery("select count(*) from me_too_contact where story_id = ? and email = ?")
                .setParameter(1, storyId).setParameter(2, address).getSingleResult()).longValue();
        if (known == 0) {
            em.createNativeQuery("insert into me_too_contact (story_id, email, created_at, language) values (?, ?, ?, ?)")
                    .setParameter(1, storyId).setParameter(2, address).setParameter(3, Timestamp.from(clock.instant()))
                    .setParameter(4, language).executeUpdate();
            long id = ((Number) em.createNativeQuery("select id from me_too_contact where story_id = ? and email = ?")
                    .setParameter(1, storyId).setParameter(2, address).getSingleResult()).longValue();
            outbox.enqueue(MeTooConfirmationMail.KIND, id);
        }
    }

    /** The confirmed addresses left for the story: the only ones written to about it. */
    @SuppressWarnings("unchecked")
    public List<Contact> of(long storyId) {
        List<Object[]> rows = em.createNativeQuery("select id, email, language from me_too_contact where story_id = ?"
                + " and email is not null and confirmed_at is not null order by id").setParameter(1, storyId).getResultList();
        return rows.stream().map(MeTooContacts::contact).toList();
    }

    /** An address still waiting for its confirmation e-mail. */
    @SuppressWarnings("unchecked")
    Optional<Contact> unconfirmed(long contactId) {
        List<Object[]> rows = em.createNativeQuery("select id, email, language from me_too_contact where id = ?"
                + " and email is not null and confirmed_at is null").setParameter(1, contactId).getResultList();
        return rows.stream().findFirst().map(MeTooContacts::contact);
    }

    /** A new confirmation link's token for the contact (only its hash is kept; an earlier link stops working). */
    String newConfirmation(long contactId) {
        String token = Digests.randomToken();
        em.createNativeQuery("update me_too_contact set confirm_hash = ? where id = ?")
                .setParameter(1, Digests.sha256(token)).setParameter(2, contactId).executeUpdate();
        return token;
    }

    /** Confirms the address the token was sent to, if the link is known and not expired; true if it is confirmed (again: a second click changes nothing). */
    public boolean confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Instant now = clock.instant();
        int confirmed = em.createNativeQuery("update me_too_contact set confirmed_at = coalesce(confirmed_at, ?)"
                + " where confirm_hash = ? and email is not null"
                + " and created_at >= ?").setParameter(1, Timestamp.from(now)).setParameter(2, Digests.sha256(token))
                .setParameter(3, Timestamp.from(now.minus(Duration.ofDays(CONFIRM_DAYS)))).executeUpdate();
        return confirmed > 0;
    }

    /**
     * Erases the addresses of the contacts the caller's query selects (one column of contact ids, on
     * the caller's own tables); the rows stay. Returns how many addresses were erased.
     */
    public int forgetAllOf(String contactIdsQuery) {
        return em.createNativeQuery("update me_too_contact set email = null, confirm_hash = null where email is not null"
                + " and id in (" + contactIdsQuery + ")").executeUpdate();
    }

    /** Retention: addresses unconfirmed since {@code unconfirmedBefore} or left before {@code leftBefore}. */
    int forgetOld(Instant unconfirmedBefore, Instant leftBefore) {
        return em.createNativeQuery("update me_too_contact set email = null, confirm_hash = null where email is not null"
                + " and ((confirmed_at is null and created_at < ?) or created_at < ?)")
                .setParameter(1, Timestamp.from(unconfirmedBefore)).setParameter(2, Timestamp.from(leftBefore)).executeUpdate();
    }

    private static Contact contact(Object[] row) {
        return new Contact(((Number) row[0]).longValue(), (String) row[1], (String) row[2]);
    }

    /** Erasure with the story: its "me too" addresses go (the changes component drops its questions to them first). */
    public void erase(long storyId) {
        em.createNativeQuery("delete from me_too_contact where story_id = ?").setParameter(1, storyId).executeUpdate();
    }
}
