package org.coproduce.participation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.participation.control.Contributions;
import org.coproduce.participation.control.Milestones;
import org.coproduce.participation.control.Participations;
import org.coproduce.participation.control.Supports;
import org.coproduce.participation.control.Turnout;
import org.coproduce.participation.entity.Contribution;
import org.coproduce.participation.entity.Milestone;
import org.coproduce.participation.entity.Participation;

/** Builds the public view of a change's participation; only published proposals and comments. */
@ApplicationScoped
public class ParticipationViews {

    @Inject
    Supports supports;

    @Inject
    Participations participations;

    @Inject
    Contributions contributions;

    @Inject
    Milestones milestones;

    @Inject
    Turnout turnout;

    public ParticipationView of(long changeId, Optional<String> participantHash) {
        var state = participations.of(changeId);
        var comments = contributions.comments(changeId).stream().collect(Collectors.groupingBy(Contribution::proposalId));
        var proposals = contributions.proposals(changeId);
        Set<Long> supported = participantHash.map(h -> supportedBy(proposals, h)).orElse(Set.of());
        var counts = turnout.of(changeId);
        return new ParticipationView(changeId, state.map(Participation::isOpen).orElse(false),
                state.map(Participation::openedAt).orElse(null), state.map(Participation::closedAt).orElse(null),
                new ParticipationView.Counts(counts.people(), counts.proposals(), counts.comments(), counts.supports()),
                proposals.stream().map(p -> proposal(p, supported.contains(p.id()), comments.getOrDefault(p.id(), List.of()))).toList(),
                milestones.of(changeId).stream().map(ParticipationViews::milestone).toList());
    }

    static ParticipationView.ProposalView proposal(Contribution p, boolean supported, List<Contribution> comments) {
        var answer = p.answer() == null ? null
                : new ParticipationView.AnswerView(p.answer().name(), p.answerReason(), p.answeredAt());
        return new ParticipationView.ProposalView(p.id(), p.body(), p.displayName(), p.language(), p.publishedAt(), p.supports(),
                supported, answer, comments.stream().map(c -> new ParticipationView.CommentView(c.id(), c.body(), c.displayName(),
                        c.language(), c.publishedAt())).toList());
    }

    static ParticipationView.MilestoneView milestone(Milestone m) {
        return new ParticipationView.MilestoneView(m.id(), m.stage().name(), m.happenedOn(), m.evidence(), m.postedAt());
    }

    private Set<Long> supportedBy(List<Contribution> proposals, String hash) {
        return supports.supportedAmong(proposals.stream().map(Contribution::id).toList(), hash);
    }
}
