package org.coproduce.participation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.coproduce.stories.entity.IllegalTransition;
import org.junit.jupiter.api.Test;

class ContributionTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    static Contribution proposal() {
        return new Contribution(7, null, "Open at 8, call 07700 900123", "Sam", "en", "personal data: phone", "author", "person",
                "client", NOW);
    }

    @Test
    void aProposalIsPublicOnlyOnceAModeratorPublishesItWithTheirEdit() {
        var proposal = proposal();
        assertThrows(IllegalTransition.class, () -> proposal.supported(), "not public yet");
        assertThrows(IllegalTransition.class, () -> proposal.answer(Answer.ADOPTED, "why", 1, NOW), "not public yet");
        proposal.publish("Open at 8", 2, NOW);
        assertEquals("Open at 8", proposal.body());
        assertTrue(proposal.published());
        assertThrows(IllegalTransition.class, () -> proposal.reject("late", 2, NOW), "decided already");
    }

    @Test
    void aPublishedProposalIsSupportedAndAnsweredAndALaterAnswerReplacesTheFirst() {
        var proposal = proposal();
        proposal.publish(null, 2, NOW);
        proposal.supported();
        proposal.supported();
        proposal.unsupported();
        assertEquals(1, proposal.supports());
        proposal.answer(Answer.UNDER_CONSIDERATION, "We ask the staff first.", 3, NOW);
        proposal.answer(Answer.ADOPTED, "The staff agreed.", 3, NOW.plusSeconds(60));
        assertEquals(Answer.ADOPTED, proposal.answer());
        assertEquals("The staff agreed.", proposal.answerReason());
    }

    @Test
    void aCommentIsNeitherSupportedNorAnswered() {
        var comment = new Contribution(7, 5L, "Sundays too", null, "en", null, "author", "person", "client", NOW);
        comment.publish(null, 2, NOW);
        assertThrows(IllegalTransition.class, comment::supported);
        assertThrows(IllegalTransition.class, () -> comment.answer(Answer.ADOPTED, "why", 1, NOW));
    }

    @Test
    void aRejectedContributionKeepsItsReason() {
        var proposal = proposal();
        proposal.reject("It names a member of staff.", 2, NOW);
        assertEquals(Contribution.Status.REJECTED, proposal.status());
        assertEquals("It names a member of staff.", proposal.rejectionReason());
    }
}
