package org.coproduce.moderation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coproduce.moderation.control.Reasons;
import org.coproduce.problems.InvalidInput;

/** What a rejected storyteller is told: the library reason's text in their language, then the moderator's own words. */
@ApplicationScoped
public class Rejections {

    /** The length of story.rejection_reason and moderation_decision.reason. */
    static final int LIMIT = 1000;

    @Inject
    Reasons reasons;

    public String reason(String language, String reasonCode, String note) {
        String own = note == null || note.isBlank() ? null : note.strip();
        if (reasonCode == null || reasonCode.isBlank()) {
            if (own == null) {
                throw new InvalidInput("reason", "say why, for the storyteller: choose a reason or write one");
            }
            return own;
        }
        var reason = reasons.find(reasonCode.strip())
                .orElseThrow(() -> new InvalidInput("reasonCode", "is not a reason of the library (GET /api/moderation/reasons)"));
        String text = reason.textIn(language);
        if (own != null && text.length() + 2 + own.length() > LIMIT) {
            throw new InvalidInput("reason", "is too long together with the chosen reason's text: shorten it");
        }
        return own == null ? text : text + "\n\n" + own;
    }
}
