package org.coproduce.following.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.coproduce.platform.Retention;

/** Unconfirmed subscriptions (and their addresses) go once their link has expired (COPRODUCE_RETAIN_UNCONFIRMED_DAYS, 7). */
@ApplicationScoped
public class FollowRetention implements Retention {

    @Inject
    Subscriptions subscriptions;

    @Override
    public Map<String, Integer> purge(Instant now) {
        return Map.of("unconfirmed follow subscriptions", subscriptions.forgetUnconfirmed(now));
    }
}
