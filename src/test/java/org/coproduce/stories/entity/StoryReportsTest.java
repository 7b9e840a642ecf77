package org.coproduce.stories.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** After a report: a published story is hidden, unpublished, restored or edited, always with the reasons the storyteller sees. */
class StoryReportsTest {

    static final Instant EDITED = Instant.parse("2026-10-01T10:00:00Z");

    @Test
    void hidesAndRestoresAPublishedStory() {
        var story = StoryTest.published();
        story.hide("Reported three times.");
        assertEquals(StoryStatus.HIDDEN, story.status());
        assertFalse(story.published(), "out of every public read");
        assertEquals("Reported three times.", story.moderationReason());
        story.restore();
        assertTrue(story.published());
        assertNull(story.moderationReason());
    }

    @Test
    void unpublishesAHiddenStoryAndRefusesToRestoreAPublishedOne() {
        var story = StoryTest.published();
        assertThrows(IllegalTransition.class, story::restore);
        story.hide("Looking into it.");
        story.unpublish("It is defamatory.");
        assertEquals(StoryStatus.UNPUBLISHED, story.status());
        assertEquals("It is defamatory.", story.moderationReason());
        assertThrows(IllegalTransition.class, () -> story.hide("again"));
    }

    @Test
    void editsThePublicTextAndSaysWhen() {
        var story = StoryTest.published();
        story.editPublished("Six hours", "I waited six hours.", "We took out a name.", EDITED);
        assertEquals("I waited six hours.", story.publishedBody());
        assertEquals(EDITED, story.moderatorsEditedAt());
        assertEquals("We took out a name.", story.moderationReason());
        assertTrue(story.published());
    }

    @Test
    void neitherHidesNorEditsAStoryNeverPublished() {
        assertThrows(IllegalTransition.class, () -> StoryTest.received().hide("x"));
        assertThrows(IllegalTransition.class, () -> StoryTest.rejected().editPublished("t", "x", "r", EDITED));
    }

    @Test
    void withdrawalErasesTheStatementOfReasons() {
        var story = StoryTest.published();
        story.unpublish("It names a nurse.");
        story.withdraw();
        assertNull(story.moderationReason());
    }
}
