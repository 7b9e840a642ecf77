package org.coproduce.moderation.boundary;

import java.time.Instant;
import java.util.List;

/** A reported story for the moderator: its public text, state, statement of reasons, the reports and the audit trail. */
public record ReportedStoryView(long id, long version, String status, String title, String text, String moderationReason,
        Instant moderatorsEditedAt, boolean hasEmail, List<ReportLine> reports, List<ModerationView.AuditEntry> audit) {
}
