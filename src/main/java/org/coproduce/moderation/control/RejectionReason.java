package org.coproduce.moderation.control;

import java.util.Arrays;
import java.util.Optional;

/** Why a moderator rejects a response or reply: the fixed list the decision page offers. */
public enum RejectionReason {
    PERSONAL_DATA, OFFENSIVE, OFF_TOPIC, SAFEGUARDING, OTHER;

    public static Optional<RejectionReason> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    /** As the audit trail keeps it: the code, then the note. */
    public String withNote(String note) {
        return note == null || note.isBlank() ? name() : name() + ": " + note;
    }
}
