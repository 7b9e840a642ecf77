package org.coproduce.participation.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A change's participation as its page shows it: counts (no names), proposals with their answers and comments, milestones. */
public record ParticipationView(long changeId, boolean open, Instant openedAt, Instant closedAt, Counts counts,
        List<ProposalView> proposals, List<MilestoneView> milestones) {

    public record Counts(long people, long proposals, long comments, long supports) {
    }

    /** {@code displayName}: only the name its author chose to show (absent: none); {@code supportedByYou}: the caller's cookie supports it. */
    public record ProposalView(long id, String text, String displayName, String language, Instant publishedAt, int supports,
            boolean supportedByYou, AnswerView answer, List<CommentView> comments) {
    }

    public record AnswerView(String decision, String reason, Instant answeredAt) {
    }

    public record CommentView(long id, String text, String displayName, String language, Instant publishedAt) {
    }

    public record MilestoneView(long id, String stage, LocalDate on, String evidence, Instant postedAt) {
    }
}
