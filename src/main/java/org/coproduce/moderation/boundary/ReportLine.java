package org.coproduce.moderation.boundary;

import java.time.Instant;
import org.coproduce.moderation.entity.Report;

/** One report as moderators read it: never who sent it. */
public record ReportLine(long id, Long responseId, String reason, String text, Instant reportedAt, String decision,
        Instant decidedAt) {

    static ReportLine of(Report r) {
        return new ReportLine(r.id(), r.responseId(), r.reason().name(), r.note(), r.reportedAt(), r.decision(), r.decidedAt());
    }
}
