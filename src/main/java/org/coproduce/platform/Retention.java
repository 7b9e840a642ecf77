package org.coproduce.platform;

import java.time.Instant;
import java.util.Map;

/**
 * What a component forgets by age, on its own tables (each table's owner purges it). Every bean
 * implementing it is called by the daily {@link RetentionPass}, in its transaction; a component
 * that adds personal data with a retention period (security events, say) adds one more bean.
 */
public interface Retention {

    /** Purges what is older than its period at {@code now}; returns how many of what were purged, in a fixed order. */
    Map<String, Integer> purge(Instant now);

}
