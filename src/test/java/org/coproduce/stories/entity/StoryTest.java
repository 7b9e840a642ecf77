package org.coproduce.stories.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.coproduce.testing.Fields;
import org.junit.jupiter.api.Test;

/** The story lifecycle: RECEIVED goes to PUBLISHED or REJECTED; anything but WITHDRAWN can be withdrawn. */
class StoryTest {

    static final Instant SUBMITTED = Instant.parse("2026-09-01T10:00:00Z");
    static final Instant LATER = SUBMITTED.plusSeconds(3600);
    static final List<ThemeTag> THEMES = List.of(new ThemeTag("waiting", Polarity.IMPROVE));

    static Story received() {
        return new Story(new StoryText("Six hours", "I waited six hours. Jane Smith was kind.", "The nurse", "Shorter waits",
                "Tired"), new StoryContext(Set.of(7L), "HEALTH", Relation.SERVICE_USER, "2026-09", "teller@example.org",
                53.8, -1.55), "token-hash", SUBMITTED);
    }

    static Story published() {
        var story = received();
        story.publish("Six hours in A&E", "I waited six hours. [A nurse] was kind.", 3, THEMES, LATER);
        return story;
    }

    static Story rejected() {
        var story = received();
        story.reject("It names a patient.");
        return story;
    }

    static Story withdrawn() {
        var story = received();
        story.withdraw();
        return story;
    }

    @Test
    void startsReceivedAndUnheardAndPrivate() {
        var story = received();
        assertEquals(StoryStatus.RECEIVED, story.status());
        assertEquals(Progress.UNHEARD, story.progress());
        assertFalse(story.published());
        assertNull(story.publishedTitle());
        assertNull(story.publishedBody());
        assertNull(story.publishedAt());
        assertEquals(SUBMITTED, story.submittedAt());
        assertEquals("teller@example.org", story.email());
    }

    @Test
    void publishesAReceivedStoryWithTheModeratedTextOnly() {
        var story = published();
        assertEquals(StoryStatus.PUBLISHED, story.status());
        assertTrue(story.published());
        assertEquals("Six hours in A&E", story.publishedTitle());
        assertEquals("I waited six hours. [A nurse] was kind.", story.publishedBody());
        assertEquals(3, story.criticality());
        assertEquals(THEMES, story.themes());
        assertEquals(LATER, story.publishedAt());
        assertEquals("I waited six hours. Jane Smith was kind.", story.text().story(), "the original stays private, unchanged");
    }

    @Test
    void rejectsAReceivedStoryWithItsReason() {
        var story = rejected();
        assertEquals(StoryStatus.REJECTED, story.status());
        assertEquals("It names a patient.", story.rejectionReason());
        assertFalse(story.published());
        assertNull(story.publishedAt());
    }

    @Test
    void refusesToPublishOrRejectAnythingButAReceivedStory() {
        for (var story : List.of(published(), rejected(), withdrawn())) {
            var before = story.status();
            var publish = assertThrows(IllegalTransition.class, () -> story.publish("T", "Text", 1, List.of(), LATER));
            assertEquals("Cannot publish a story that is " + before.name().toLowerCase() + ".", publish.getMessage());
            var reject = assertThrows(IllegalTransition.class, () -> story.reject("late"));
            assertEquals("Cannot reject a story that is " + before.name().toLowerCase() + ".", reject.getMessage());
            assertEquals(before, story.status(), "a refused step changes nothing");
        }
    }

    @Test
    void refusedStepsAreConflicts() {
        var refused = assertThrows(IllegalTransition.class, () -> published().reject("late"));
        assertEquals(409, refused.getResponse().getStatus());
    }

    @Test
    void withdrawsFromEveryStateButWithdrawn() {
        for (var story : List.of(received(), published(), rejected())) {
            story.withdraw();
            assertEquals(StoryStatus.WITHDRAWN, story.status());
            assertFalse(story.published());
        }
        var again = assertThrows(IllegalTransition.class, () -> withdrawn().withdraw());
        assertEquals("This story has been withdrawn already.", again.getMessage());
    }

    @Test
    void withdrawalErasesEverythingPersonalAndKeepsTheFact() {
        var story = published();
        story.identify("key", "request-hash", "client-hash");
        story.withdraw();
        var text = story.text();
        assertEquals("[withdrawn]", text.title());
        assertNull(text.story());
        assertNull(text.good());
        assertNull(text.improve());
        assertNull(text.feeling());
        assertNull(story.email());
        assertNull(story.publishedTitle());
        assertNull(story.publishedBody());
        assertNull(story.latitude());
        assertNull(story.longitude());
        assertNull(Fields.get(story, "clientHash"));
        assertTrue(story.themes().isEmpty());
        assertEquals("", text.whole());
        assertEquals(Set.of(7L), story.serviceIds(), "the fact stays: which service, when, how critical");
        assertEquals("2026-09", story.happened());
        assertEquals(3, story.criticality());
        assertEquals(LATER, story.publishedAt());
    }

    @Test
    void withdrawalErasesTheRejectionReasonAndTheRequestHash() {
        var story = rejected();
        story.identify("key", "request-hash", "client-hash");
        story.withdraw();
        assertNull(story.rejectionReason());
        assertNull(story.requestHash(), "a plain hash of the submission would confirm a guessed text");
    }

    @Test
    void theAddressIsCorrectedOrRemovedUntilWithdrawal() {
        var story = published();
        story.changeEmail("right@example.org");
        assertEquals("right@example.org", story.email());
        story.changeEmail(null);
        assertNull(story.email());
        var gone = withdrawn();
        assertThrows(IllegalTransition.class, () -> gone.changeEmail("late@example.org"));
        assertNull(gone.email());
    }

    @Test
    void progressOnlyMovesForward() {
        var story = published();
        story.advance(Progress.CHANGE_PLANNED);
        story.advance(Progress.RESPONDED);
        assertEquals(Progress.CHANGE_PLANNED, story.progress());
        story.readByProvider(LATER);
        assertEquals(Progress.CHANGE_PLANNED, story.progress(), "reading after a response does not go back");
        story.advance(Progress.CHANGE_MADE);
        assertEquals(Progress.CHANGE_MADE, story.progress());
    }

    @Test
    void firstReadingMovesUnheardToReadAndKeepsTheFirstTime() {
        var story = published();
        story.readByProvider(LATER);
        assertEquals(Progress.READ, story.progress());
        story.readByProvider(LATER.plusSeconds(60));
        assertEquals(LATER, Fields.get(story, "firstReadAt"));
    }

    @Test
    void countsMeToos() {
        var story = published();
        story.meToo();
        story.meToo();
        assertEquals(2, story.meTooCount());
    }

    @Test
    void aHeldStoryIsNotPublicUntilReleasedOnce() {
        var story = received();
        var until = LATER.plusSeconds(3600);
        story.publishHeld("Six hours in A&E", "Moderated", 5, THEMES, LATER, until);
        assertEquals(StoryStatus.HELD, story.status());
        assertFalse(story.published(), "not in any public read");
        assertEquals(until, story.heldUntil());
        assertEquals(null, story.exactPlace(), "the exact point goes at the decision, as for a publication");
        story.keepHeld(null);
        assertEquals(null, story.heldUntil());
        story.release();
        assertTrue(story.published());
        assertEquals(LATER, story.publishedAt());
        assertThrows(IllegalTransition.class, story::release);
        assertThrows(IllegalTransition.class, () -> story.keepHeld(until));
    }
}
