package org.coproduce.moderation.entity;

import java.util.Arrays;
import java.util.Optional;

/** Why something was reported, with how serious it is for the queue (higher first); CONTEST is the storyteller's. */
public enum ReportReason {
    PERSONAL_DATA(5), OFFENSIVE(4), CONTEST(3), UNTRUE(3), OFF_TOPIC(1), OTHER(1);

    private final int severity;

    ReportReason(int severity) {
        this.severity = severity;
    }

    public int severity() {
        return severity;
    }

    /** The reasons anyone may choose (CONTEST is only the storyteller's, through the follow link). */
    public static Optional<ReportReason> chosen(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(r -> r != CONTEST)
                .filter(r -> r.name().equalsIgnoreCase(code.strip())).findFirst();
    }
}
