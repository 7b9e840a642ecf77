package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import org.coproduce.platform.Digests;
import org.coproduce.platform.Settings;

/**
 * A fresh follow link for an e-mail to a storyteller: the first link is only ever shown to them
 * once and kept as a hash, so each e-mail carries a new one (kept as a hash too).
 */
@ApplicationScoped
public class FollowLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The whole URL of the follow page for a new link to the story; runs in the caller's transaction. */
    public String mint(long storyId) {
        return Settings.baseUrl() + "/follow.html#" + token(storyId);
    }

    /** A new token that opens the story's follow page; runs in the caller's transaction. */
    public String token(long storyId) {
        String token = Digests.randomToken();
        em.createNativeQuery("insert into follow_link (token_hash, story_id, created_at) values (?, ?, ?)")
                .setParameter(1, Digests.sha256(token)).setParameter(2, storyId)
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        return token;
    }
}
