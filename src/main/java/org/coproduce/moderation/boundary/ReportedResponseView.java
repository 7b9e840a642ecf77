package org.coproduce.moderation.boundary;

import java.util.List;

/** A reported response for the moderator: its public text and state, and the reports about it. */
public record ReportedResponseView(long id, long version, long storyId, String status, String authorName, String text,
        List<ReportLine> reports) {
}
