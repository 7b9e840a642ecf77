package org.coproduce.accounts.entity;

import java.util.Optional;
import java.util.Set;

/** Role names, as constants so that {@code @Allowed} can use them. */
public final class Role {

    public static final String ADMIN = "ADMIN";
    public static final String MODERATOR = "MODERATOR";
    public static final String RESPONDER = "RESPONDER";
    public static final String QUALITY_MANAGER = "QUALITY_MANAGER";
    public static final Set<String> ALL = Set.of(ADMIN, MODERATOR, RESPONDER, QUALITY_MANAGER);

    private Role() {
    }

    public static Optional<String> parse(String text) {
        return text == null ? Optional.empty()
                : ALL.stream().filter(r -> r.equalsIgnoreCase(text.trim().replace(' ', '_'))).findFirst();
    }
}
