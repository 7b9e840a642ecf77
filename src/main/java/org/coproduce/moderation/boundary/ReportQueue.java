package org.coproduce.moderation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.coproduce.moderation.control.Reports;
import org.coproduce.moderation.entity.Report;
import org.coproduce.moderation.entity.ReportReason;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.responses.control.Responding;
import org.coproduce.stories.control.Stories;

/**
 * The open reports grouped by what they are about, most serious first: the gravest reason, then
 * the most reports, then the longest waiting. Reads at most {@value #OPEN_MAX} open reports.
 */
@ApplicationScoped
public class ReportQueue {

    static final int OPEN_MAX = 5_000;
    private static final int EXCERPT = 120;

    @Inject
    Reports reports;

    @Inject
    Stories stories;

    @Inject
    Responding responding;

    public Page<ReportedItem> items(Paging paging) {
        var groups = new LinkedHashMap<String, List<Report>>();
        reports.allOpen(OPEN_MAX).forEach(r -> groups.computeIfAbsent(r.storyId() + "/" + r.responseId(),
                k -> new java.util.ArrayList<>()).add(r));
        var all = groups.values().stream().map(this::item).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt((ReportedItem i) -> ReportReason.valueOf(i.mostSerious()).severity()).reversed()
                        .thenComparing(Comparator.comparingInt(ReportedItem::reports).reversed())
                        .thenComparing(ReportedItem::firstReportedAt)).toList();
        int from = Math.min(paging.offset(), all.size());
        return new Page<>(all.subList(from, Math.min(from + paging.size(), all.size())), all.size(), paging.page(), paging.size());
    }

    private ReportedItem item(List<Report> open) {
        var first = open.get(0);
        var reasons = open.stream().map(Report::reason).distinct().sorted(Comparator.comparingInt(ReportReason::severity).reversed())
                .map(ReportReason::name).toList();
        var story = stories.find(first.storyId()).orElse(null);
        if (story == null) {
            return null;
        }
        String title;
        String status;
        if (first.responseId() == null) {
            title = story.publishedTitle();
            status = story.status().name();
        } else {
            var response = responding.find(first.responseId()).orElse(null);
            if (response == null) {
                return null;
            }
            String body = response.body() == null ? "" : response.body();
            title = body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body;
            status = response.status();
        }
        return new ReportedItem(first.storyId(), first.responseId(), title, status, open.size(), reasons.get(0), reasons,
                first.reportedAt());
    }
}
