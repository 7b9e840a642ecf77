package org.coproduce.following.entity;

import java.time.Duration;
import org.coproduce.platform.Settings;

/** How often a follower is written to: the period is COPRODUCE_DIGEST_DAILY_SECONDS / _WEEKLY_SECONDS (a day, a week). */
public enum Digest {
    DAILY(Duration.ofSeconds(Settings.number("COPRODUCE_DIGEST_DAILY_SECONDS", 86_400))),
    WEEKLY(Duration.ofSeconds(Settings.number("COPRODUCE_DIGEST_WEEKLY_SECONDS", 604_800))),
    /** No digest: a change's follower is e-mailed at each of its milestones instead. */
    NONE(null);

    private final Duration period;

    Digest(Duration period) {
        this.period = period;
    }

    /** The period; null for {@link #NONE}. */
    public Duration period() {
        return period;
    }
}
