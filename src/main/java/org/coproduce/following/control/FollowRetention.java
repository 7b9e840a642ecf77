package org.coproduce.following.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.platform.Retention;

/**
 * Unconfirmed subscriptions (and their addresses) go once their link has expired
 * (COPRODUCE_RETAIN_UNCONFIRMED_DAYS, 7); the client hashes for the rate limit after
 * COPRODUCE_RETAIN_CLIENT_HASH_HOURS (48). Confirmed ones stay until unsubscribed.
 */
@ApplicationScoped
public class FollowRetention implements Retention {

    @Inject
    Subscriptions subscriptions;

    @Override
    public Map<String, Integer> purge(Instant now) {
        var purged = new LinkedHashMap<String, Integer>();
        purged.put("unconfirmed follow subscriptions", subscriptions.forgetUnconfirmed(now));
        purged.put("follow client hashes", subscriptions.forgetClientHashes(now));
        return purged;
    }
}
