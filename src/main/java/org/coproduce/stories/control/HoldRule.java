package org.coproduce.stories.control;

import java.time.Duration;
import java.time.Instant;
import org.coproduce.platform.Settings;

/**
 * Which published stories are held for the provider first, and for how long: those of criticality
 * {@code COPRODUCE_HOLD_CRITICALITY} (4) or more, and those the analysis flagged for safeguarding,
 * for {@code COPRODUCE_HOLD_HOURS} (48) hours ({@code COPRODUCE_HOLD_SECONDS} instead, when set: for tests).
 */
public record HoldRule(int criticality, Duration period) {

    public static HoldRule fromSettings() {
        Duration period = Settings.get("COPRODUCE_HOLD_SECONDS").map(s -> Duration.ofSeconds(Long.parseLong(s)))
                .orElseGet(() -> Duration.ofHours(Settings.number("COPRODUCE_HOLD_HOURS", 48)));
        return new HoldRule(Settings.number("COPRODUCE_HOLD_CRITICALITY", 4), period);
    }

    /** Whether a story published with this criticality is held; {@code override} (the moderator's choice) wins when given. */
    public boolean holds(int storyCriticality, boolean safeguarding, Boolean override) {
        return override != null ? override : storyCriticality >= criticality || safeguarding;
    }

    public Instant until(Instant now) {
        return now.plus(period);
    }
}
