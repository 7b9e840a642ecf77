package org.coproduce.participation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.coproduce.accounts.control.Caller;
import org.coproduce.participation.entity.Answer;
import org.coproduce.participation.entity.Contribution;

/** Staff of the change's organisation say what was decided about a proposal, and why. */
@ApplicationScoped
public class Answers {

    @Inject
    Participations participations;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** 403 unless the caller may write the proposal's change (its organisation's staff, or a parent's, and admins). */
    public void mayAnswer(Contribution proposal) {
        participations.writable(proposal.changeId());
    }

    public void answer(Contribution proposal, Answer answer, String reason) {
        participations.writable(proposal.changeId());
        proposal.answer(answer, reason, caller.id(), clock.instant());
    }
}
