package org.coproduce.moderation.boundary;

import java.time.Instant;
import java.util.List;

/** One reported story (responseId absent) or response in the queue, with its open reports' reasons. */
public record ReportedItem(long storyId, Long responseId, String title, String status, int reports, String mostSerious,
        List<String> reasons, Instant firstReportedAt) {
}
