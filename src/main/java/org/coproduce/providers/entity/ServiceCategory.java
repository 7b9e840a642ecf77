package org.coproduce.providers.entity;

import java.util.Arrays;
import java.util.Optional;

public enum ServiceCategory {
    HEALTH, SOCIAL_CARE, DISABILITY_SUPPORT, HOUSING, COMMUNITY;

    /** Parses client text without letting it reach {@link Enum#valueOf} unguarded. */
    public static Optional<ServiceCategory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
