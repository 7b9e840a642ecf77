package org.coproduce.moderation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * PUBLISH (with the moderator's edited text, or as written), REJECT with a reasonCode from the
 * fixed list (PERSONAL_DATA, OFFENSIVE, OFF_TOPIC, SAFEGUARDING, OTHER) and a reason in the
 * moderator's words (needed for OTHER), or ESCALATE a safeguarding concern with a reason. The
 * version is the one the moderator saw; without it the decision is not checked for a clash.
 */
public record ReplyDecision(@NotBlank String action, Long version, @Size(max = 20000) String text,
        @Size(max = 40) String reasonCode, @Size(max = 900) String reason) {
}
