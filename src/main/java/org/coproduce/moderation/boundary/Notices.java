package org.coproduce.moderation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.coproduce.moderation.control.Reports;
import org.coproduce.moderation.entity.ReportReason;
import org.coproduce.problems.InvalidInput;
import org.coproduce.stories.control.Clients;
import org.coproduce.stories.entity.Story;

/** Takes a report in from anyone: the reason checked against the list, the client recognised by its keyed hash. */
@ApplicationScoped
public class Notices {

    @Inject
    Reports reports;

    @Inject
    Clients clients;

    public void take(Story story, Long responseId, ReportNotice notice, HttpServletRequest request) {
        var reason = ReportReason.chosen(notice.reason()).orElseThrow(() -> new InvalidInput("reason",
                "must be PERSONAL_DATA, OFFENSIVE, UNTRUE, OFF_TOPIC or OTHER"));
        if (reason == ReportReason.OTHER && (notice.text() == null || notice.text().isBlank())) {
            throw new InvalidInput("text", "say in a few words what is wrong");
        }
        String text = notice.text() == null || notice.text().isBlank() ? null : notice.text().strip();
        reports.report(story, responseId, reason, text, clients.hash(request));
    }
}
