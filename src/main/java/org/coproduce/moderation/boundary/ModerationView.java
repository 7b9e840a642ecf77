package org.coproduce.moderation.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.coproduce.stories.boundary.ServiceRef;

/**
 * Everything a moderator needs to decide: the original text, the analysis, the audit trail. {@code latitude} and
 * {@code longitude} are the exact point given (null once erased), {@code publicLatitude} and {@code publicLongitude} the
 * coarsened one shown in public; {@code heldUntil}: while HELD, when it becomes public by itself (null: kept until released).
 */
public record ModerationView(long id, long version, String status, String title, String story, String good,
        String improve, String feeling, String text, String relation, String happened, String category,
        List<ServiceRef> services, boolean hasEmail, Double latitude, Double longitude, Instant submittedAt,
        JsonObject analysis, List<AuditEntry> audit, Double publicLatitude, Double publicLongitude,
        Instant heldUntil) {

    public record AuditEntry(Long moderatorId, Long responseId, String action, String reason, Instant at,
            String textBefore, String textAfter) {
    }
}
