package org.coproduce.stories.control;

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
 * What the stories component forgets by age (docs/privacy.md): client hashes after
 * COPRODUCE_RETAIN_CLIENT_HASH_HOURS (48), rejected stories, erased as a withdrawal erases them,
 * COPRODUCE_RETAIN_REJECTED_DAYS (90) after they were told, storytellers' and "me too" addresses
 * COPRODUCE_RETAIN_EMAIL_DAYS (365) after they were given, unconfirmed "me too" addresses after
 * {@link MeTooContacts#CONFIRM_DAYS}. Addresses whose last question was answered are erased
 * earlier, on the word of the component that asks ({@link #forgetStorytellersOf}).
 */
@ApplicationScoped
public class StoryRetention implements Retention {

    static final Duration CLIENT_HASHES = Duration.ofHours(Settings.number("COPRODUCE_RETAIN_CLIENT_HASH_HOURS", 48));
    static final Duration REJECTED = Duration.ofDays(Settings.number("COPRODUCE_RETAIN_REJECTED_DAYS", 90));
    static final Duration ADDRESSES = Duration.ofDays(Settings.number("COPRODUCE_RETAIN_EMAIL_DAYS", 365));

    @PersistenceContext
    EntityManager em;

    @Inject
    Stories stories;

    @Inject
    StoryErasure erasure;

    @Inject
    MeTooContacts meToo;

    @Override
    public Map<String, Integer> purge(Instant now) {
        var purged = new LinkedHashMap<String, Integer>();
        purged.put("client hashes", clientHashes(now.minus(CLIENT_HASHES)));
        purged.put("rejected stories", rejected(now.minus(REJECTED)));
        purged.put("storyteller addresses", update("update story set email = null where email is not null and submitted_at < ?",
                now.minus(ADDRESSES)));
        purged.put("me-too addresses", meToo.forgetOld(now.minus(Duration.ofDays(MeTooContacts.CONFIRM_DAYS)), now.minus(ADDRESSES)));
        return purged;
    }

    /**
     * Erases the storytellers' addresses of the stories the caller's query selects (one column of
     * story ids, on the caller's own tables: their last question was answered); returns how many were erased.
     */
    public int forgetStorytellersOf(String storyIdsQuery) {
        return em.createNativeQuery("update story set email = null where email is not null and id in (" + storyIdsQuery + ")")
                .executeUpdate();
    }

    private int clientHashes(Instant before) {
        return update("update story set client_hash = null where client_hash is not null and submitted_at < ?", before)
                + update("delete from reaction where created_at < ?", before);
    }

    @SuppressWarnings("unchecked")
    private int rejected(Instant before) {
        List<Number> ids = em.createNativeQuery("select id from story where status = 'REJECTED' and submitted_at < ?")
                .setParameter(1, Timestamp.from(before)).getResultList();
        ids.forEach(id -> stories.find(id.longValue()).ifPresent(erasure::withdraw));
        return ids.size();
    }

    private int update(String sql, Instant before) {
        return em.createNativeQuery(sql).setParameter(1, Timestamp.from(before)).executeUpdate();
    }
}
