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

    public void answer(Contribution proposal, Answer answer, String reason) {
        participations.writable(proposal.changeId());
        proposal.answer(answer, reason, caller.id(), clock.instant());
    }
}
