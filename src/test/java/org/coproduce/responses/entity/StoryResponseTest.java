package org.coproduce.responses.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.coproduce.stories.entity.IllegalTransition;
import org.junit.jupiter.api.Test;

class StoryResponseTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private static StoryResponse published() {
        var r = StoryResponse.byProvider(1, 7, "Sam Carter", "Matron", 3, "We added night staff.", null, NOW);
        r.publish(NOW);
        return r;
    }

    @Test
    void anEditAwaitingModerationLeavesThePublicTextUntilApproved() {
        var r = published();
        r.edit("We added two night nurses.", false, LATER);
        assertEquals("We added night staff.", r.body(), "readers still see the published text");
        assertEquals("We added two night nurses.", r.textUnderReview());
        assertTrue(r.awaitsModeration());
        assertNull(r.editedAt());

        r.publish(LATER);
        assertEquals("We added two night nurses.", r.body());
        assertEquals(LATER, r.editedAt(), "readers see it was edited");
        assertEquals(NOW, r.publishedAt(), "first published stays");
        assertEquals(StoryResponse.PUBLISHED, r.status());
        assertFalse(r.awaitsModeration());
    }

    @Test
    void aRejectedEditKeepsThePublishedResponse() {
        var r = published();
        r.edit("Call me on 07700 900123.", false, LATER);
        r.reject("PERSONAL_DATA", null);
        assertEquals(StoryResponse.PUBLISHED, r.status());
        assertEquals("We added night staff.", r.body());
        assertNull(r.pendingText());
        assertEquals("PERSONAL_DATA", r.rejectionReason());
    }

    @Test
    void aFastTrackedCleanEditReplacesTheTextAtOnce() {
        var r = published();
        r.edit("We added two night nurses.", true, LATER);
        assertEquals("We added two night nurses.", r.body());
        assertEquals(LATER, r.editedAt());
        assertFalse(r.awaitsModeration());
    }

    @Test
    void aWaitingResponseIsRewrittenAndStillWaits() {
        var r = StoryResponse.byProvider(1, 7, "Sam Carter", "Matron", 3, "First words.", null, NOW);
        r.edit("Better words.", true, LATER);
        assertEquals("Better words.", r.body());
        assertEquals(StoryResponse.PENDING, r.status());
        assertNull(r.editedAt(), "never public, so never shown as edited");
    }

    @Test
    void aWithdrawnResponseIsGoneAndCannotBeEditedOrWithdrawnAgain() {
        var r = published();
        r.edit("Pending words.", false, LATER);
        r.withdraw(LATER);
        assertEquals(StoryResponse.WITHDRAWN, r.status());
        assertEquals(LATER, r.withdrawnAt());
        assertFalse(r.awaitsModeration(), "out of the moderation queue");
        assertThrows(IllegalTransition.class, () -> r.edit("Again.", true, LATER));
        assertThrows(IllegalTransition.class, () -> r.withdraw(LATER));
        assertThrows(IllegalTransition.class, () -> r.publish(LATER));
    }

    @Test
    void aRejectedResponseCannotBeEdited() {
        var r = StoryResponse.byProvider(1, 7, "Sam Carter", "Matron", 3, "Words.", null, NOW);
        r.reject("OFFENSIVE", null);
        assertThrows(IllegalTransition.class, () -> r.edit("Other words.", true, LATER));
    }
}
